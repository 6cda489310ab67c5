#include "rules/Retention.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;

namespace {

TEST(RulesRetention, RetainUntilTheNthBirthday)
{
    struct Case
    {
        QDate dateOfBirth;
        int years;
        QDate expected;
        const char* note;
    };
    const Case cases[] = {
        {QDate(2010, 5, 14), guidance::kDefaultRetentionYears, QDate(2035, 5, 14), "25th birthday by default"},
        {QDate(2010, 5, 14), 30, QDate(2040, 5, 14), "the setting changes N"},
        {QDate(2008, 2, 29), 25, QDate(2033, 3, 1), "leap-day birthday in a non-leap year: 1 March"},
        {QDate(2008, 2, 29), 24, QDate(2032, 2, 29), "leap-day birthday in a leap year"},
        {QDate(2010, 5, 14), 0, QDate(2010, 5, 14), "zero years"},
        {QDate(), 25, QDate(), "unknown date of birth"},
        {QDate(2010, 5, 14), -1, QDate(), "negative setting"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        EXPECT_EQ(retentionDate(c.dateOfBirth, c.years), c.expected);
    }
    EXPECT_EQ(retentionDate(QDate(2010, 5, 14)), QDate(2035, 5, 14));
}

} // namespace
