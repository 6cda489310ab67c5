#include "BenchTable.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace casebook::uibench {

namespace {

QString ms(double v)
{
    return v < 0 ? QStringLiteral("n/a") : QString::number(v, 'f', v < 10 ? 2 : 1);
}

} // namespace

bool Row::met() const
{
    return casebookMs >= 0 && casebookMs <= goalMs && (paintedMs < 0 || paintedMs <= goalMs);
}

double median(std::vector<double> samples)
{
    if (samples.empty() || std::any_of(samples.begin(), samples.end(), [](double v) { return v < 0; })) {
        return -1.0;
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void printTable(QTextStream& out, const std::vector<Row>& rows)
{
    out << "| operation | Casebook (ms) | with first paint (ms) | goal | met |\n";
    out << "|---|---:|---:|---|---|\n";
    for (const Row& r : rows) {
        QString met = QStringLiteral("-");
        if (r.failed()) {
            met = QStringLiteral("FAILED");
        } else if (r.goalMs > 0) {
            met = r.casebookMs <= r.goalMs ? QStringLiteral("yes") : QStringLiteral("NO");
            if (r.paintedMs > r.goalMs) {
                met += QStringLiteral(" (paint NO)");
            }
        }
        out << "| " << r.name << " | " << ms(r.casebookMs) << " | " << ms(r.paintedMs) << " | " << r.goal << " | "
            << met << (r.note.isEmpty() ? QString() : QStringLiteral(" ") + r.note) << " |\n";
    }
    out << Qt::flush;
}

} // namespace casebook::uibench
