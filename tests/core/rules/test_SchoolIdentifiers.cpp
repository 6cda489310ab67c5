#include "rules/SchoolIdentifiers.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;

namespace {

struct Case
{
    const char* input;
    bool valid;
    const char* normalised;
    const char* message;
};

TEST(RulesSchoolIdentifiers, LaEstab)
{
    const Case cases[] = {
        {"8734001", true, "8734001", ""},
        {"873/4001", true, "8734001", ""},
        {"873-4001", true, "8734001", ""},
        {" 873 4001 ", true, "8734001", ""},
        {"873400", false, "873400",
         "LAESTAB must be 7 digits (3-digit LA code and 4-digit establishment number); this has 6"},
        {"87340012", false, "87340012",
         "LAESTAB must be 7 digits (3-digit LA code and 4-digit establishment number); this has 8"},
        {"873A001", false, "873A001",
         "LAESTAB must be digits only (3-digit LA code and 4-digit establishment number); character 4 is 'A'"},
        {"87/34001", false, "87/34001",
         "LAESTAB must be digits only (3-digit LA code and 4-digit establishment number); character 3 is '/'"},
        {"", false, "", "LAESTAB is empty"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.input);
        const IdentifierCheck check = checkLaEstab(QString::fromLatin1(c.input));
        EXPECT_EQ(check.valid, c.valid);
        EXPECT_EQ(check.normalised, QString::fromLatin1(c.normalised));
        EXPECT_EQ(check.message, QString::fromLatin1(c.message));
    }
}

TEST(RulesSchoolIdentifiers, Urn)
{
    const Case cases[] = {
        {"100000", true, "100000", ""},
        {"999999", true, "999999", ""},
        {" 137410 ", true, "137410", ""},
        {"012345", false, "012345", "URN must not start with 0 (URNs run from 100000 to 999999)"},
        {"12345", false, "12345", "URN must be 6 digits; this has 5"},
        {"1234567", false, "1234567", "URN must be 6 digits; this has 7"},
        {"12a456", false, "12a456", "URN must be digits only; character 3 is 'a'"},
        {"", false, "", "URN is empty"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.input);
        const IdentifierCheck check = checkUrn(QString::fromLatin1(c.input));
        EXPECT_EQ(check.valid, c.valid);
        EXPECT_EQ(check.normalised, QString::fromLatin1(c.normalised));
        EXPECT_EQ(check.message, QString::fromLatin1(c.message));
    }
}

} // namespace
