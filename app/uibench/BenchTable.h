#pragma once

#include <QString>

#include <functional>
#include <vector>

class QTextStream;

namespace casebook::uibench {

// One line of the table: what was timed, its median in milliseconds and the same with the first paint after it.
struct Row
{
    Row(QString n, QString g, double gMs) : name(std::move(n)), goal(std::move(g)), goalMs(gMs) {}

    QString name;
    QString goal;
    double goalMs = 0.0;    // 0: no time goal
    double casebookMs = -1; // -1: the operation failed or was not measured
    double paintedMs = -1;  // -1: no paint measured
    QString note;

    // Met when the timed operation and, where measured, its paint are both within the goal.
    bool met() const;
    bool failed() const { return casebookMs < 0; }
};

// Median of the samples; -1 when there are none or any is negative (a failed run).
double median(std::vector<double> samples);

// Milliseconds elapsed while `work` runs.
double timeMs(const std::function<void()>& work);

// The table in the same Markdown shape as `casebook-cli bench`.
void printTable(QTextStream& out, const std::vector<Row>& rows);

} // namespace casebook::uibench
