#include "io/CsvWriter.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

TEST(CsvWriter, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(csvField(QStringLiteral("North Academy")), QStringLiteral("North Academy"));
    EXPECT_EQ(csvField(QStringLiteral("Smith, Jones")), QStringLiteral("\"Smith, Jones\""));
    EXPECT_EQ(csvField(QStringLiteral("the \"Oaks\"")), QStringLiteral("\"the \"\"Oaks\"\"\""));
    EXPECT_EQ(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(csvField(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
    EXPECT_EQ(csvField(QString()), QString());
}

TEST(CsvWriter, LinesEndInCrLf)
{
    EXPECT_EQ(csvLine({QStringLiteral("a"), QStringLiteral("b,c"), QString()}), QStringLiteral("a,\"b,c\",\r\n"));
}

} // namespace
} // namespace casebook::test
