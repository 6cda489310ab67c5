#include "rules/Retention.h"

namespace casebook {

namespace {

constexpr int kFebruary = 2;
constexpr int kLeapDay = 29;
constexpr int kMarch = 3;

} // namespace

QDate retentionDate(QDate dateOfBirth, int years)
{
    if (!dateOfBirth.isValid() || years < 0) {
        return {};
    }
    const int year = dateOfBirth.year() + years;
    if (dateOfBirth.month() == kFebruary && dateOfBirth.day() == kLeapDay && !QDate::isLeapYear(year)) {
        return {year, kMarch, 1};
    }
    return {year, dateOfBirth.month(), dateOfBirth.day()};
}

} // namespace casebook
