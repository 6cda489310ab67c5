#pragma once

#include "domain/School.h"

#include <QDate>
#include <QMap>
#include <QWidget>

#include <vector>

class QComboBox;
class QSpinBox;
class QTableWidget;

namespace casebook {

// A school's number on roll, one academic year at a time: a year chooser, a small table of year groups with
// their counts, and the total (the sum of the year groups, or typed in when the census gave only a total).
// Edits to every year are kept until saved.
class SchoolRollEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SchoolRollEditor(QWidget* parent = nullptr);

    // The school's recorded rolls; the chooser offers them and the years around `today`, and shows the latest
    // recorded year (or the current one when there is none).
    void setRolls(const std::vector<SchoolRoll>& rolls, QDate today);
    // The year groups the table offers: the phase's usual ones, and any with pupils.
    void setPhase(const QString& phase);
    // Shows one academic year ("2024/25") when the chooser has it.
    void showYear(const QString& academicYear);

    // The rolls that differ from those recorded; a year whose roll was cleared has headcount -1 (remove it).
    std::vector<SchoolRoll> changedRolls() const;
    // The year shown and its roll as it stands.
    SchoolRoll shownRoll() const;

Q_SIGNALS:
    void changed();

private:
    void fillTable();
    void storeShownYear();
    void refreshTotal();
    static SchoolRoll noRoll(const QString& academicYear);

    QComboBox* m_year;
    QTableWidget* m_table;
    QSpinBox* m_total;
    QString m_phase;
    QString m_shownYear;
    QMap<QString, SchoolRoll> m_recorded;
    QMap<QString, SchoolRoll> m_edited;
    bool m_filling = false;
};

} // namespace casebook
