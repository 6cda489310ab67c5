#include "QtPrinters.h"

#include "io/CsvReader.h"
#include "io/Dates.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

TEST(CsvReader, ReadsQuotedFieldsWithDelimitersQuotesAndNewlines)
{
    const auto t = parseCsv("name,note\r\n\"Smith, Jo\",\"said \"\"no\"\"\nthen left\"\r\nOsei,plain\r\n");
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_EQ(t->header, (QStringList{QStringLiteral("name"), QStringLiteral("note")}));
    ASSERT_EQ(t->records.size(), 2);
    EXPECT_EQ(t->records.at(0).fields.at(0), QStringLiteral("Smith, Jo"));
    EXPECT_EQ(t->records.at(0).fields.at(1), QStringLiteral("said \"no\"\nthen left"));
    EXPECT_EQ(t->records.at(0).line, 2);
    EXPECT_EQ(t->records.at(1).line, 4); // the quoted newline moved it down a line
    EXPECT_EQ(t->records.at(1).fields, (QStringList{QStringLiteral("Osei"), QStringLiteral("plain")}));
}

TEST(CsvReader, DetectsSemicolonsAndSkipsBlankLines)
{
    const auto t = parseCsv("a;b\n1;2,5\n\n3;4\n");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->delimiter, QLatin1Char(';'));
    ASSERT_EQ(t->records.size(), 2);
    EXPECT_EQ(t->records.at(0).fields.at(1), QStringLiteral("2,5"));
    EXPECT_EQ(t->records.at(1).line, 4);
}

TEST(CsvReader, DecodesUtf8WithBomAndWindows1252)
{
    const auto utf8 = parseCsv("\xEF\xBB\xBFname\nZo\xC3\xAB\n");
    ASSERT_TRUE(utf8.ok());
    EXPECT_EQ(utf8->header.first(), QStringLiteral("name")); // BOM gone
    EXPECT_EQ(utf8->records.at(0).fields.at(0), QString::fromUtf8("Zo\xC3\xAB"));
    const auto cp1252 = parseCsv("name\nZo\xEB \x93quoted\x94 \x80\n");
    ASSERT_TRUE(cp1252.ok());
    EXPECT_EQ(cp1252->records.at(0).fields.at(0),
              QString::fromUtf8("Zo\xC3\xAB \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC"));
}

TEST(CsvReader, AnUnclosedQuoteIsAnErrorNamingItsLine)
{
    const auto t = parseCsv("a,b\n1,2\n3,\"never closed\n4,5\n");
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("Line 3"))) << t.error().message.toStdString();
}

TEST(CsvReader, FindsColumnsIgnoringCase)
{
    const auto t = parseCsv("UPN, Surname \nx,y\n");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->column(QStringLiteral("surname")), 1);
    EXPECT_EQ(t->column(QStringLiteral("dob")), -1);
}

TEST(FileDates, AcceptsIsoAndUkFormsOnly)
{
    EXPECT_EQ(parseFileDate(QStringLiteral("2024-09-03")), QDate(2024, 9, 3));
    EXPECT_EQ(parseFileDate(QStringLiteral("03/09/2024")), QDate(2024, 9, 3));
    EXPECT_EQ(parseFileDate(QStringLiteral(" 3/9/2024 ")), QDate(2024, 9, 3));
    EXPECT_FALSE(parseFileDate(QStringLiteral("31/02/2024")).isValid());
    EXPECT_FALSE(parseFileDate(QStringLiteral("09/03/24")).isValid());
    EXPECT_FALSE(parseFileDate(QStringLiteral("")).isValid());
}

} // namespace
} // namespace casebook::test
