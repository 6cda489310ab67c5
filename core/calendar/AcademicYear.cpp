#include "calendar/AcademicYear.h"

#include "rules/GuidanceNumbers.h"

#include <QRegularExpression>

namespace casebook {

namespace {

constexpr int kCenturyModulus = 100;
constexpr int kLastMonth = 8;
constexpr int kLastDayOfAugust = 31;

} // namespace

AcademicYear AcademicYear::containing(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    const bool beforeSeptember = date.month() < guidance::kAcademicYearStartMonth;
    return AcademicYear(beforeSeptember ? date.year() - 1 : date.year());
}

Result<AcademicYear> AcademicYear::fromLabel(const QString& label)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})/(\\d{2})$"));
    const QString trimmed = label.trimmed();
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("An academic year is written like 2024/25; '%1' is not").arg(trimmed));
    }
    const int start = match.captured(1).toInt();
    const int endTwoDigits = match.captured(2).toInt();
    if (start < 1 || endTwoDigits != (start + 1) % kCenturyModulus) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("'%1' is not an academic year: the second part must be the year after "
                                        "the first (for example 2024/25)")
                             .arg(trimmed));
    }
    return AcademicYear(start);
}

QDate AcademicYear::firstDay() const
{
    return isValid() ? QDate(m_startYear, guidance::kAcademicYearStartMonth, guidance::kAcademicYearStartDay) : QDate();
}

QDate AcademicYear::lastDay() const
{
    return isValid() ? QDate(m_startYear + 1, kLastMonth, kLastDayOfAugust) : QDate();
}

bool AcademicYear::contains(QDate date) const
{
    return isValid() && date.isValid() && date >= firstDay() && date <= lastDay();
}

QString AcademicYear::label() const
{
    if (!isValid()) {
        return {};
    }
    return QStringLiteral("%1/%2").arg(m_startYear).arg((m_startYear + 1) % kCenturyModulus, 2, 10, QLatin1Char('0'));
}

QString termId(Term term)
{
    switch (term) {
    case Term::Autumn:
        return QStringLiteral("autumn");
    case Term::Spring:
        return QStringLiteral("spring");
    case Term::Summer:
        return QStringLiteral("summer");
    }
    return {};
}

QString termName(Term term)
{
    switch (term) {
    case Term::Autumn:
        return QStringLiteral("Autumn");
    case Term::Spring:
        return QStringLiteral("Spring");
    case Term::Summer:
        return QStringLiteral("Summer");
    }
    return {};
}

std::optional<Term> termFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (Term term : kAllTerms) {
        if (termId(term) == wanted) {
            return term;
        }
    }
    return std::nullopt;
}

QString AcademicTerm::id() const
{
    return year.label() + QLatin1Char('-') + termId(term);
}

QString AcademicTerm::displayName() const
{
    return termName(term) + QLatin1Char(' ') + year.label();
}

Result<AcademicTerm> AcademicTerm::fromId(const QString& id)
{
    const QString trimmed = id.trimmed();
    const qsizetype dash = trimmed.lastIndexOf(QLatin1Char('-'));
    if (dash < 0) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("A term is written like 2024/25-autumn; '%1' is not").arg(trimmed));
    }
    Result<AcademicYear> year = AcademicYear::fromLabel(trimmed.left(dash));
    if (!year) {
        return year.error();
    }
    const std::optional<Term> term = termFromId(trimmed.mid(dash + 1));
    if (!term) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("'%1' is not a term: use autumn, spring or summer").arg(trimmed.mid(dash + 1)));
    }
    return AcademicTerm{year.value(), *term};
}

} // namespace casebook
