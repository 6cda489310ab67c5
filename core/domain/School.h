#pragma once

#include <QDate>
#include <QMap>
#include <QString>

#include <utility>
#include <vector>

namespace casebook {

// A school as the LA knows it (DOMAIN.md: School).
struct School
{
    qint64 id = 0;
    QString urn;     // 6 digits
    QString laestab; // 7 digits: LA code + establishment number
    QString name;
    QString phase;      // nursery, primary, middle, secondary, all_through, special, pru, ap
    QString schoolType; // la_maintained, academy, free_school, independent, other
    QString trustName;
    QString locality;
    QDate openedOn;
    QDate closedOn;
    int rowVersion = 1; // as loaded; an update succeeds only while the row still has it
};

// A school's January census headcount for one academic year, with the count per National Curriculum year
// group where the census gives it (-2 and -1 nursery, 0 reception, 1 to 14). When year groups are given,
// the headcount is their sum.
struct SchoolRoll
{
    QString academicYear; // "2024/25"
    int headcount = 0;
    QMap<int, int> yearGroups; // NC year -> pupils; years with no pupils are left out

    friend bool operator==(const SchoolRoll& a, const SchoolRoll& b)
    {
        return a.academicYear == b.academicYear && a.headcount == b.headcount && a.yearGroups == b.yearGroups;
    }
    friend bool operator!=(const SchoolRoll& a, const SchoolRoll& b) { return !(a == b); }
};

// The lowest and highest National Curriculum years the schema allows on a roll.
constexpr int kLowestRollYearGroup = -2;
constexpr int kHighestRollYearGroup = 14;

// Human labels for the stored phase ids.
QString phaseLabel(const QString& phase);
// (label, stored id) pairs for phases and school types, in the schema's order.
std::vector<std::pair<QString, QString>> phaseChoices();
std::vector<std::pair<QString, QString>> schoolTypeChoices();
// The year groups a school of this phase usually teaches (every year for special schools, PRUs, AP).
std::vector<int> usualYearGroups(const QString& phase);
// "Nursery 1", "Nursery 2", "Reception", "Year 7".
QString yearGroupLabel(int ncYear);

} // namespace casebook
