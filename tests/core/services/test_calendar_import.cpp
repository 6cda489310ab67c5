#include "Builders.h"
#include "TempDatabase.h"

#include "repositories/CalendarRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/CalendarImport.h"

#include <QFile>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class CalendarImportTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        ASSERT_TRUE(
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).ok());
    }

    static QByteArray fixture()
    {
        QFile f(QStringLiteral(CASEBOOK_TEST_DATA_DIR "/calendar-2024-25.csv"));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
};

TEST_F(CalendarImportTest, ImportsTermsHolidaysClosuresAndExamDates)
{
    auto summary = CalendarImport(db()).importCsv(fixture(), QStringLiteral("terms.csv"));
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->academicYears, QStringList{QStringLiteral("2024/25")});
    EXPECT_EQ(summary->terms, 3);
    EXPECT_EQ(summary->nonSchoolPeriods, 12);
    EXPECT_EQ(summary->schoolClosures, 1);
    EXPECT_EQ(summary->examDates, 1);

    auto calendar = CalendarRepository(db()).laCalendar();
    ASSERT_TRUE(calendar.ok()) << calendar.error().message.toStdString();
    EXPECT_TRUE(calendar->isSchoolDay(QDate(2024, 9, 3)));
    EXPECT_FALSE(calendar->isSchoolDay(QDate(2024, 10, 30))); // half term
    EXPECT_FALSE(calendar->isSchoolDay(QDate(2025, 1, 6)));   // INSET
    EXPECT_TRUE(calendar->isSchoolDay(QDate(2025, 1, 7)));
    EXPECT_TRUE(calendar->isSchoolDay(QDate(2025, 3, 14))); // the closure is the school's, not the LA's
    EXPECT_FALSE(calendar->isWorkingDay(QDate(2025, 5, 5)));
    EXPECT_EQ(calendar->year11ExamsEnd(AcademicYear(2024)), QDate(2025, 6, 20));
    auto closures = CalendarRepository(db()).loadSchoolClosures();
    ASSERT_TRUE(closures.ok());
    ASSERT_EQ(closures->size(), 1u);
    EXPECT_EQ(closures->begin()->second.front().from, QDate(2025, 3, 14));
}

TEST_F(CalendarImportTest, ReimportingReplacesRatherThanDuplicates)
{
    ASSERT_TRUE(CalendarImport(db()).importCsv(fixture(), QStringLiteral("terms.csv")).ok());
    ASSERT_TRUE(CalendarImport(db()).importCsv(fixture(), QStringLiteral("terms.csv")).ok());
    EXPECT_EQ(count(QStringLiteral("term_dates")), 3);
    EXPECT_EQ(count(QStringLiteral("non_school_days")), 13);
}

TEST_F(CalendarImportTest, BadRowsAreAllReportedWithLineAndColumnAndNothingIsSaved)
{
    ASSERT_TRUE(CalendarImport(db()).importCsv(fixture(), QStringLiteral("terms.csv")).ok());
    const QByteArray bad = "academic_year,kind,first_day,last_day,description,school_urn\n"
                           "2025/26,autumn_term,2025-09-03,2025-12-19,,\n"
                           "2025/26,half_term,31/02/2025,,,\n"
                           "2025/26,holidays,2025-12-22,2026-01-02,,\n"
                           "2025/26,closure,2026-02-02,,,999999\n"
                           "2025/26,spring_term,2026-01-05,2025-12-01,,\n"
                           "2025/27,inset,2025-09-01,,,\n";
    auto result = CalendarImport(db()).importCsv(bad, QStringLiteral("new.csv"));
    ASSERT_FALSE(result.ok());
    const QString m = result.error().message;
    EXPECT_TRUE(m.contains(QStringLiteral("Nothing was imported"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("new.csv line 3, first_day: '31/02/2025' is not a date"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("new.csv line 4, kind: 'holidays' is not one of"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("new.csv line 5, school_urn: no school with URN 999999"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("new.csv line 6, last_day: ends before it starts"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("new.csv line 7, academic_year: '2025/27'"))) << m.toStdString();
    // What was there before is untouched.
    EXPECT_EQ(count(QStringLiteral("term_dates")), 3);
    EXPECT_EQ(count(QStringLiteral("non_school_days")), 13);
}

TEST_F(CalendarImportTest, OverlappingTermsAreRefusedWhole)
{
    const QByteArray overlapping = "academic_year,kind,first_day,last_day\n"
                                   "2025/26,autumn_term,2025-09-03,2026-01-09\n"
                                   "2025/26,spring_term,2026-01-05,2026-03-27\n";
    auto result = CalendarImport(db()).importCsv(overlapping, QStringLiteral("o.csv"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(count(QStringLiteral("term_dates")), 0);
}

TEST_F(CalendarImportTest, AMissingColumnIsNamed)
{
    auto result =
        CalendarImport(db()).importCsv("year,kind,first_day\n2024/25,inset,2024-09-02\n", QStringLiteral("m.csv"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("no 'academic_year' column")));
}

} // namespace
} // namespace casebook::test
