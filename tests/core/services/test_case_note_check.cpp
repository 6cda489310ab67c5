#include "QtPrinters.h"

#include "services/CaseNoteCheck.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

const QDate kToday(2024, 10, 3);

CaseNote note(QDate notedOn, const QString& body, const QString& category = QStringLiteral("general"))
{
    CaseNote n;
    n.pupilId = 1;
    n.notedOn = notedOn;
    n.body = body;
    n.category = category;
    return n;
}

struct Case
{
    const char* name;
    CaseNote note;
    const char* field;    // "" when nothing is wrong
    const char* contains; // part of the message
};

TEST(CaseNoteCheck, TableOfCases)
{
    const std::vector<Case> cases = {
        {"a note today", note(kToday, QStringLiteral("Rang mother")), "", ""},
        {"a note from last year", note(QDate(2023, 6, 1), QStringLiteral("Visit"), QStringLiteral("visit")), "", ""},
        {"tomorrow", note(kToday.addDays(1), QStringLiteral("Plan")), "notedOn",
         "The date (04/10/2024) is in the future"},
        {"no date", note(QDate(), QStringLiteral("Plan")), "notedOn", "Enter the date"},
        {"an empty body", note(kToday, QStringLiteral(" \n ")), "body", "cannot be empty"},
        {"an unknown category", note(kToday, QStringLiteral("x"), QStringLiteral("gossip")), "category", "category"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const std::vector<FieldIssue> issues = checkCaseNote(c.note, kToday);
        if (QLatin1String(c.field).isEmpty()) {
            EXPECT_TRUE(issues.empty()) << (issues.empty() ? "" : issues.front().message.toStdString());
            continue;
        }
        ASSERT_EQ(issues.size(), 1u);
        EXPECT_EQ(issues.front().field, QLatin1String(c.field));
        EXPECT_TRUE(issues.front().message.contains(QLatin1String(c.contains))) << issues.front().message.toStdString();
        EXPECT_EQ(issues.front().severity, FieldIssue::Severity::Error);
    }
}

TEST(CaseNoteCheck, EveryCategoryTheSchemaAllowsIsKnown)
{
    EXPECT_EQ(caseNoteCategories().size(), 8);
    for (const QString& category : caseNoteCategories()) {
        EXPECT_TRUE(checkCaseNote(note(kToday, QStringLiteral("x"), category), kToday).empty())
            << category.toStdString();
    }
}

} // namespace
} // namespace casebook::test
