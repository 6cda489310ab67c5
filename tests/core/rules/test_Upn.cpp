#include "rules/Upn.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;

namespace {

// Check letters below were worked by hand, e.g. L873400124001:
// 8x2 + 7x3 + 3x4 + 4x5 + 0x6 + 0x7 + 1x8 + 2x9 + 4x10 + 0x11 + 0x12 + 1x13 = 148; 148 mod 23 = 10 -> L.
// Temporary J93640112345A: digits give 238, A = 0 x 13; 238 mod 23 = 8 -> J.
// Temporary V93640112345Z: Z = 22, 22 x 13 = 286; 238 + 286 = 524; 524 mod 23 = 18 -> V.

TEST(UpnCheck, ValidAndInvalidUpns)
{
    struct Case
    {
        const char* input;
        bool valid;
        bool temporary;
        const char* normalised;
        const char* message;
    };
    const Case cases[] = {
        {"B801200005001", true, false, "B801200005001", ""},
        {"L873400124001", true, false, "L873400124001", ""},
        {"C201100099999", true, false, "C201100099999", ""},
        {"b801200005001", true, false, "B801200005001", ""},
        {"  B801 2000 05001 ", true, false, "B801200005001", ""},
        {"J93640112345A", true, true, "J93640112345A", ""},
        {"V93640112345Z", true, true, "V93640112345Z", ""},
        {"j93640112345a", true, true, "J93640112345A", ""},
        {"C801200005001", false, false, "C801200005001", "Check letter should be 'B', not 'C'"},
        {"K93640112345A", false, true, "K93640112345A", "Check letter should be 'J', not 'K'"},
        {"B80120000500", false, false, "B80120000500", "UPN must be 13 characters; this has 12"},
        {"B8012000050011", false, false, "B8012000050011", "UPN must be 13 characters; this has 14"},
        {"", false, false, "", "UPN is empty"},
        {"I801200005001", false, false, "I801200005001",
         "Character 1 must be the check letter; 'I' is not used in UPNs (I, O and S are never used)"},
        {"O801200005001", false, false, "O801200005001",
         "Character 1 must be the check letter; 'O' is not used in UPNs (I, O and S are never used)"},
        {"S801200005001", false, false, "S801200005001",
         "Character 1 must be the check letter; 'S' is not used in UPNs (I, O and S are never used)"},
        {"8801200005001", false, false, "8801200005001",
         "Character 1 must be the check letter (a letter); this is '8'"},
        {"B80120X005001", false, false, "B80120X005001",
         "Characters 2–13 must be digits (a temporary UPN may end in a letter); character 7 is 'X'"},
        {"B8012000050A1", false, false, "B8012000050A1",
         "Characters 2–13 must be digits (a temporary UPN may end in a letter); character 12 is 'A'"},
        {"J93640112345O", false, false, "J93640112345O",
         "Character 13 may be a letter only in a temporary UPN, and 'O' is not used in UPNs (I, O and S are "
         "never used)"},
        {"J93640112345-", false, false, "J93640112345-",
         "Characters 2–13 must be digits (a temporary UPN may end in a letter); character 13 is '-'"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.input);
        const UpnCheck check = checkUpn(QString::fromUtf8(c.input));
        EXPECT_EQ(check.valid, c.valid);
        EXPECT_EQ(check.temporary, c.temporary);
        EXPECT_EQ(check.normalised, QString::fromUtf8(c.normalised));
        EXPECT_EQ(check.message, QString::fromUtf8(c.message));
    }
}

TEST(UpnCheck, CheckLetterForABody)
{
    struct Case
    {
        const char* body;
        std::optional<QChar> letter;
    };
    const Case cases[] = {
        {"801200005001", QLatin1Char('B')}, {"873400124001", QLatin1Char('L')}, {"000000000000", QLatin1Char('A')},
        {"93640112345A", QLatin1Char('J')}, {"80120000500", std::nullopt},      {"8012000050A1", std::nullopt},
        {"80120000500S", std::nullopt},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.body);
        EXPECT_EQ(upnCheckLetter(QString::fromLatin1(c.body)), c.letter);
    }
}

// The weights 2..13 are all below 23 and 23 is prime, so changing any single digit must change the
// check letter: every one-digit typo in B801200005001 is caught.
TEST(UpnCheck, EverySingleDigitTypoIsCaught)
{
    const QString valid = QStringLiteral("B801200005001");
    for (int position = 1; position < valid.size(); ++position) {
        for (char digit = '0'; digit <= '9'; ++digit) {
            if (valid.at(position) == QLatin1Char(digit)) {
                continue;
            }
            QString typo = valid;
            typo[position] = QLatin1Char(digit);
            SCOPED_TRACE(typo.toStdString());
            EXPECT_FALSE(checkUpn(typo).valid);
        }
    }
}

} // namespace
