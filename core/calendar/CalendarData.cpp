#include "calendar/CalendarData.h"

#include <array>

namespace casebook {

namespace {

constexpr std::array<NonSchoolKind, 5> kAllKinds{NonSchoolKind::HalfTerm, NonSchoolKind::Holiday, NonSchoolKind::Inset,
                                                 NonSchoolKind::BankHoliday, NonSchoolKind::Closure};

} // namespace

QString nonSchoolKindId(NonSchoolKind kind)
{
    switch (kind) {
    case NonSchoolKind::HalfTerm:
        return QStringLiteral("half_term");
    case NonSchoolKind::Holiday:
        return QStringLiteral("holiday");
    case NonSchoolKind::Inset:
        return QStringLiteral("inset");
    case NonSchoolKind::BankHoliday:
        return QStringLiteral("bank_holiday");
    case NonSchoolKind::Closure:
        return QStringLiteral("closure");
    }
    return {};
}

QString nonSchoolKindName(NonSchoolKind kind)
{
    switch (kind) {
    case NonSchoolKind::HalfTerm:
        return QStringLiteral("Half term");
    case NonSchoolKind::Holiday:
        return QStringLiteral("Holiday");
    case NonSchoolKind::Inset:
        return QStringLiteral("INSET day");
    case NonSchoolKind::BankHoliday:
        return QStringLiteral("Bank holiday");
    case NonSchoolKind::Closure:
        return QStringLiteral("Closure");
    }
    return {};
}

std::optional<NonSchoolKind> nonSchoolKindFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (NonSchoolKind kind : kAllKinds) {
        if (nonSchoolKindId(kind) == wanted) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace casebook
