#include "PeopleBuilders.h"
#include "QtPrinters.h"

#include "services/ContactCheck.h"

#include <gtest/gtest.h>

#include <functional>

namespace casebook::test {
namespace {

using Severity = FieldIssue::Severity;

struct Case
{
    const char* name;
    std::function<void(Contact&)> change;
    ExpectedIssue expected;
};

TEST(ContactCheck, TableOfCases)
{
    const std::vector<Case> cases = {
        {"a name alone", [](Contact&) {}, {"", ""}},
        {"no name", [](Contact& c) { c.name = QStringLiteral("  "); }, {"name", "Enter the contact's name"}},
        {"a good email", [](Contact& c) { c.email = QStringLiteral("sam.bloggs@example.org.uk"); }, {"", ""}},
        {"an email with no @",
         [](Contact& c) { c.email = QStringLiteral("sam.example.org"); },
         {"email", "'sam.example.org' is not of the form name@example.org"}},
        {"an email with no domain dot",
         [](Contact& c) { c.email = QStringLiteral("sam@example"); },
         {"email", "not of the form"}},
        {"an email with a space",
         [](Contact& c) { c.email = QStringLiteral("sam bloggs@example.org"); },
         {"email", "not of the form"}},
        {"two @ signs", [](Contact& c) { c.email = QStringLiteral("sam@@example.org"); }, {"email", "not of the form"}},
        {"a UK mobile", [](Contact& c) { c.phone = QStringLiteral("07700 900123"); }, {"", ""}},
        {"a landline with brackets", [](Contact& c) { c.phone = QStringLiteral("(0161) 496-0000"); }, {"", ""}},
        {"an international number", [](Contact& c) { c.phone = QStringLiteral("+44 7700 900123"); }, {"", ""}},
        {"letters in the phone",
         [](Contact& c) { c.phone = QStringLiteral("07700 9OO123"); },
         {"phone", "'O' is not allowed"}},
        {"a number with no area code",
         [](Contact& c) { c.phone = QStringLiteral("496 0000"); },
         {"phone", "has 7 digits", Severity::Warning}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        Contact contact = makeContact(1, QStringLiteral("Sam Bloggs"));
        c.change(contact);
        expectOnlyIssue(checkContact(contact), c.expected);
    }
}

} // namespace
} // namespace casebook::test
