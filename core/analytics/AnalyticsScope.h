#pragma once

#include <QString>

#include <utility>

namespace casebook {

// Analytics run per term or per academic year.
enum class Granularity
{
    Term,
    Year,
};

// Which schools an LA-wide figure covers (the dashboard's filters). Empty fields match every school.
struct SchoolFilter
{
    QString phase;    // schools.phase id ("secondary")
    QString locality; // exact locality name
    QString trust;    // exact trust (MAT) name
};

// What a figure is about: one school, or (schoolId 0) every school the filter matches.
struct Scope
{
    qint64 schoolId = 0;
    SchoolFilter schools;

    static Scope school(qint64 id) { return Scope{id, {}}; }
    static Scope la(SchoolFilter filter = {}) { return Scope{0, std::move(filter)}; }
    bool isLa() const { return schoolId == 0; }
};

// One term of an academic year ("2024/25", "autumn") or, with term empty, the whole academic year.
struct Period
{
    QString academicYear;
    QString term;

    bool isYear() const { return term.isEmpty(); }
    friend bool operator==(const Period& a, const Period& b)
    {
        return a.academicYear == b.academicYear && a.term == b.term;
    }
};

} // namespace casebook
