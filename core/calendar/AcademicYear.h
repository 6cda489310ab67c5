#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace casebook {

// An English academic year, 1 September to 31 August, labelled "2024/25".
class AcademicYear
{
public:
    AcademicYear() = default; // invalid until given a start year
    constexpr explicit AcademicYear(int startYear) : m_startYear(startYear) {}

    // The academic year a date falls in. An invalid date gives an invalid AcademicYear.
    static AcademicYear containing(QDate date);
    // Parses "2024/25" (surrounding spaces ignored).
    static Result<AcademicYear> fromLabel(const QString& label);

    bool isValid() const { return m_startYear > 0; }
    int startYear() const { return m_startYear; }
    QDate firstDay() const; // 1 September of startYear
    QDate lastDay() const;  // 31 August of startYear + 1
    bool contains(QDate date) const;
    QString label() const; // "2024/25"

    AcademicYear next() const { return AcademicYear(m_startYear + 1); }
    AcademicYear previous() const { return AcademicYear(m_startYear - 1); }

    friend bool operator==(AcademicYear a, AcademicYear b) { return a.m_startYear == b.m_startYear; }
    friend bool operator!=(AcademicYear a, AcademicYear b) { return !(a == b); }
    friend bool operator<(AcademicYear a, AcademicYear b) { return a.m_startYear < b.m_startYear; }

private:
    int m_startYear = 0;
};

// The three terms of an English school year.
enum class Term
{
    Autumn,
    Spring,
    Summer,
};

inline constexpr std::array<Term, 3> kAllTerms{Term::Autumn, Term::Spring, Term::Summer};

QString termId(Term term);   // "autumn", "spring", "summer" (stable: stored and exported)
QString termName(Term term); // "Autumn", "Spring", "Summer" (for display)
std::optional<Term> termFromId(const QString& id);

// One term of one academic year, identified as "2024/25-autumn".
struct AcademicTerm
{
    AcademicYear year;
    Term term = Term::Autumn;

    QString id() const;          // "2024/25-autumn"
    QString displayName() const; // "Autumn 2024/25"
    static Result<AcademicTerm> fromId(const QString& id);

    friend bool operator==(const AcademicTerm& a, const AcademicTerm& b)
    {
        return a.year == b.year && a.term == b.term;
    }
    friend bool operator!=(const AcademicTerm& a, const AcademicTerm& b) { return !(a == b); }
    friend bool operator<(const AcademicTerm& a, const AcademicTerm& b)
    {
        return a.year != b.year ? a.year < b.year : a.term < b.term;
    }
};

} // namespace casebook
