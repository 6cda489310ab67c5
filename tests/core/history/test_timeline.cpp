#include "history/Timeline.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

namespace casebook {
namespace {

const QDate kAsOf(2025, 3, 14);

TimelineRecord enrolment(qint64 id, qint64 school, QDate start, QDate end = {})
{
    TimelineRecord r;
    r.source = TimelineSource::Enrolment;
    r.id = id;
    r.schoolId = school;
    r.schoolName = QStringLiteral("School %1").arg(school);
    r.start = start;
    r.end = end;
    return r;
}

TimelineRecord suspension(qint64 id, QDate firstDay, int sessions, bool lunchtime = false)
{
    TimelineRecord r;
    r.source = TimelineSource::Suspension;
    r.id = id;
    r.schoolId = 1;
    r.schoolName = QStringLiteral("Northfield");
    r.start = firstDay;
    r.sessions = sessions;
    r.lunchtime = lunchtime;
    r.detail = QStringLiteral("DB");
    return r;
}

TimelineRecord span(TimelineSource source, qint64 id, QDate start, QDate end = {})
{
    TimelineRecord r;
    r.source = source;
    r.id = id;
    r.start = start;
    r.end = end;
    return r;
}

QStringList yearLabels(const TimelineData& data)
{
    QStringList labels;
    for (const AcademicYear& y : data.years) {
        labels << y.label();
    }
    return labels;
}

struct YearsCase
{
    const char* name;
    std::vector<TimelineRecord> records;
    QDate asOf;
    QStringList years;
};
// Test names carry the case's name; gtest prints only that (not the bytes of the struct).
inline void PrintTo(const YearsCase& c, std::ostream* os)
{
    *os << c.name;
}

class TimelineYears : public ::testing::TestWithParam<YearsCase>
{};

TEST_P(TimelineYears, SpanFirstRecordToTheLaterOfAsOfAndTheLastRecord)
{
    const YearsCase& c = GetParam();
    const TimelineData data = buildTimeline(c.records, c.asOf);
    EXPECT_EQ(yearLabels(data), c.years);
    EXPECT_EQ(data.firstDay(), data.years.front().firstDay());
    EXPECT_EQ(data.lastDay(), data.years.back().lastDay());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TimelineYears,
    ::testing::Values(
        YearsCase{"NoRecordsGiveTheCurrentYear", {}, kAsOf, {QStringLiteral("2024/25")}},
        YearsCase{"OneRecordThisYear", {suspension(1, QDate(2024, 9, 10), 2)}, kAsOf, {QStringLiteral("2024/25")}},
        YearsCase{"EnrolmentYearsAgoRunsToAsOf",
                  {enrolment(1, 1, QDate(2021, 9, 6), QDate(2022, 7, 20))},
                  kAsOf,
                  {QStringLiteral("2021/22"), QStringLiteral("2022/23"), QStringLiteral("2023/24"),
                   QStringLiteral("2024/25")}},
        YearsCase{"FirstOfSeptemberStartsAYear",
                  {suspension(1, QDate(2023, 9, 1), 2), suspension(2, QDate(2023, 8, 31), 2)},
                  QDate(2023, 9, 2),
                  {QStringLiteral("2022/23"), QStringLiteral("2023/24")}},
        YearsCase{"RecordAfterAsOfExtendsTheYears",
                  {span(TimelineSource::Psp, 1, QDate(2025, 2, 1), QDate(2025, 10, 1))},
                  kAsOf,
                  {QStringLiteral("2024/25"), QStringLiteral("2025/26")}},
        YearsCase{"VoidedRecordsDoNotWidenTheYears",
                  {[] {
                      TimelineRecord r = suspension(1, QDate(2019, 10, 1), 2);
                      r.voided = true;
                      return r;
                  }()},
                  kAsOf,
                  {QStringLiteral("2024/25")}}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(Timeline, EmptyWhenNothingIsDated)
{
    EXPECT_TRUE(buildTimeline({}, kAsOf).isEmpty());
    EXPECT_EQ(describeTimeline(buildTimeline({}, kAsOf)), QStringLiteral("No dated records."));
    EXPECT_FALSE(buildTimeline({suspension(1, QDate(2024, 10, 7), 2)}, kAsOf).isEmpty());
}

// school band: school, start, end (ISO, "" open), open, row, colour
struct Band
{
    qint64 school;
    QDate start;
    QDate end;
    bool open;
    int row;
    int colour;
    friend bool operator==(const Band& a, const Band& b)
    {
        return a.school == b.school && a.start == b.start && a.end == b.end && a.open == b.open && a.row == b.row &&
               a.colour == b.colour;
    }
    friend std::ostream& operator<<(std::ostream& os, const Band& b)
    {
        return os << "{school " << b.school << " " << b.start.toString(Qt::ISODate).toStdString() << ".."
                  << b.end.toString(Qt::ISODate).toStdString() << (b.open ? " open" : "") << " row " << b.row
                  << " colour " << b.colour << "}";
    }
};

struct BandsCase
{
    const char* name;
    std::vector<TimelineRecord> enrolments;
    std::vector<Band> bands;
};
// Test names carry the case's name; gtest prints only that (not the bytes of the struct).
inline void PrintTo(const BandsCase& c, std::ostream* os)
{
    *os << c.name;
}

class TimelineSchoolBands : public ::testing::TestWithParam<BandsCase>
{};

TEST_P(TimelineSchoolBands, MergeStaysAndStackOverlaps)
{
    const TimelineData data = buildTimeline(GetParam().enrolments, kAsOf);
    std::vector<Band> bands;
    for (const TimelineSchoolBand& b : data.schools) {
        bands.push_back({b.schoolId, b.start, b.end, b.open, b.row, b.colour});
    }
    EXPECT_EQ(bands, GetParam().bands);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TimelineSchoolBands,
    ::testing::Values(
        BandsCase{"ConsecutiveSchoolsShareARow",
                  {enrolment(2, 8, QDate(2023, 1, 9)), enrolment(1, 7, QDate(2021, 9, 6), QDate(2023, 1, 6))},
                  {{7, QDate(2021, 9, 6), QDate(2023, 1, 6), false, 0, 0}, {8, QDate(2023, 1, 9), kAsOf, true, 0, 1}}},
        BandsCase{"SameSchoolWithinAWeekIsOneStay",
                  {enrolment(1, 7, QDate(2021, 9, 6), QDate(2022, 2, 11)),
                   enrolment(2, 7, QDate(2022, 2, 18), QDate(2022, 7, 20))},
                  {{7, QDate(2021, 9, 6), QDate(2022, 7, 20), false, 0, 0}}},
        BandsCase{"SameSchoolAfterALongGapIsTwoStaysOneColour",
                  {enrolment(1, 7, QDate(2021, 9, 6), QDate(2022, 2, 11)),
                   enrolment(2, 8, QDate(2022, 2, 14), QDate(2022, 7, 20)),
                   enrolment(3, 7, QDate(2022, 9, 5), QDate(2023, 7, 20))},
                  {{7, QDate(2021, 9, 6), QDate(2022, 2, 11), false, 0, 0},
                   {8, QDate(2022, 2, 14), QDate(2022, 7, 20), false, 0, 1},
                   {7, QDate(2022, 9, 5), QDate(2023, 7, 20), false, 0, 0}}},
        BandsCase{"DualRegistrationStacks",
                  {enrolment(1, 7, QDate(2023, 9, 4)), enrolment(2, 9, QDate(2024, 1, 8), QDate(2024, 7, 19))},
                  {{7, QDate(2023, 9, 4), kAsOf, true, 0, 0}, {9, QDate(2024, 1, 8), QDate(2024, 7, 19), false, 1, 1}}},
        BandsCase{"OverlappingEnrolmentsAtOneSchoolMerge",
                  {enrolment(1, 7, QDate(2023, 9, 4), QDate(2024, 3, 1)), enrolment(2, 7, QDate(2024, 1, 8))},
                  {{7, QDate(2023, 9, 4), kAsOf, true, 0, 0}}},
        BandsCase{"OpenEnrolmentStartingAfterAsOfIsOneDay",
                  {enrolment(1, 7, QDate(2025, 4, 22))},
                  {{7, QDate(2025, 4, 22), QDate(2025, 4, 22), true, 0, 0}}}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(Timeline, SuspensionsAreSizedByDaysInDateOrder)
{
    TimelineRecord cancelled = suspension(3, QDate(2024, 11, 4), 6);
    cancelled.cancelledOn = QDate(2024, 11, 4);
    const TimelineData data = buildTimeline(
        {suspension(2, QDate(2025, 1, 13), 1, true), suspension(1, QDate(2024, 10, 7), 3), cancelled}, kAsOf);
    ASSERT_EQ(data.suspensions.size(), 3u);
    EXPECT_EQ(data.suspensions[0].id, 1);
    EXPECT_DOUBLE_EQ(data.suspensions[0].days, 1.5);
    EXPECT_EQ(data.suspensions[1].id, 3);
    EXPECT_DOUBLE_EQ(data.suspensions[1].days, 3.0);
    EXPECT_TRUE(data.suspensions[1].cancelled);
    EXPECT_EQ(data.suspensions[2].id, 2);
    EXPECT_DOUBLE_EQ(data.suspensions[2].days, 0.5);
    EXPECT_TRUE(data.suspensions[2].lunchtime);
    EXPECT_EQ(describeSuspension(data.suspensions[0]),
              QStringLiteral("07/10/2024: suspension of 1.5 days from Northfield (DB)"));
    EXPECT_EQ(describeSuspension(data.suspensions[2]),
              QStringLiteral("13/01/2025: lunchtime suspension of half a day from Northfield (DB)"));
    EXPECT_EQ(describeSuspension(data.suspensions[1]),
              QStringLiteral("04/11/2024: suspension of 3 days from Northfield (DB), cancelled"));
}

struct StandingCase
{
    const char* name;
    const char* board;
    const char* irp;
    const char* reconsideration;
    QDate withdrawn;
    ExclusionStanding standing;
};
// Test names carry the case's name; gtest prints only that (not the bytes of the struct).
inline void PrintTo(const StandingCase& c, std::ostream* os)
{
    *os << c.name;
}

class TimelineExclusionStanding : public ::testing::TestWithParam<StandingCase>
{};

TEST_P(TimelineExclusionStanding, FollowsTheLatestReviewStage)
{
    const StandingCase& c = GetParam();
    EXPECT_EQ(exclusionStanding(QString::fromLatin1(c.board), QString::fromLatin1(c.irp),
                                QString::fromLatin1(c.reconsideration), c.withdrawn),
              c.standing);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TimelineExclusionStanding,
    ::testing::Values(
        StandingCase{"NoReviewYet", "", "", "", {}, ExclusionStanding::Pending},
        StandingCase{"BoardUpheld", "upheld", "", "", {}, ExclusionStanding::Upheld},
        StandingCase{"BoardReinstated", "reinstated", "", "", {}, ExclusionStanding::Reinstated},
        StandingCase{"IrpUpheld", "upheld", "upheld", "", {}, ExclusionStanding::Upheld},
        StandingCase{"IrpQuashedAwaitingReconsideration",
                     "upheld",
                     "quash_direct_reconsideration",
                     "",
                     {},
                     ExclusionStanding::Pending},
        StandingCase{"ReconsideredAndReinstated",
                     "upheld",
                     "recommend_reconsideration",
                     "reinstated",
                     {},
                     ExclusionStanding::Reinstated},
        StandingCase{
            "ReconsideredAndUpheld", "upheld", "quash_direct_reconsideration", "upheld", {}, ExclusionStanding::Upheld},
        StandingCase{"Withdrawn", "", "", "", QDate(2024, 10, 9), ExclusionStanding::Withdrawn}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(Timeline, ExclusionsCarryTheirStanding)
{
    TimelineRecord x = span(TimelineSource::PermanentExclusion, 5, QDate(2025, 1, 20));
    x.schoolName = QStringLiteral("Southgate");
    x.detail = QStringLiteral("PA");
    x.boardOutcome = QStringLiteral("reinstated");
    const TimelineData data = buildTimeline({x}, kAsOf);
    ASSERT_EQ(data.exclusions.size(), 1u);
    EXPECT_EQ(data.exclusions[0].standing, ExclusionStanding::Reinstated);
    EXPECT_EQ(describeExclusion(data.exclusions[0]),
              QStringLiteral("20/01/2025: permanent exclusion from Southgate (PA), reinstated"));
}

TEST(Timeline, SpansGoToTheirLanesAndStackWhenTheyOverlap)
{
    TimelineRecord ap = span(TimelineSource::ApPlacement, 4, QDate(2024, 11, 4), QDate(2025, 2, 14));
    ap.detail = QStringLiteral("Horizons");
    const TimelineData data =
        buildTimeline({span(TimelineSource::Psp, 1, QDate(2024, 9, 16)),
                       span(TimelineSource::ManagedMove, 2, QDate(2024, 10, 7), QDate(2024, 12, 20)), ap,
                       span(TimelineSource::OffSiteDirection, 3, QDate(2025, 1, 6), QDate(2025, 1, 31)),
                       span(TimelineSource::ElectiveHomeEducation, 6, QDate(2025, 2, 24)),
                       span(TimelineSource::ChildMissingEducation, 7, QDate(2024, 9, 2), QDate(2024, 9, 13))},
                      kAsOf);
    QStringList got;
    for (const TimelineSpan& s : data.spans) {
        got << QStringLiteral("%1 %2 %3..%4%5 row %6")
                   .arg(timelineLaneName(laneOf(s.kind)))
                   .arg(s.id)
                   .arg(s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate))
                   .arg(s.open ? QStringLiteral(" open") : QString())
                   .arg(s.row);
    }
    EXPECT_EQ(got, (QStringList{
                       QStringLiteral("PSPs 1 2024-09-16..2025-03-14 open row 0"),
                       QStringLiteral("Placements 2 2024-10-07..2024-12-20 row 0"),
                       QStringLiteral("Placements 4 2024-11-04..2025-02-14 row 1"),
                       QStringLiteral("Placements 3 2025-01-06..2025-01-31 row 0"),
                       QStringLiteral("EHE / CME 7 2024-09-02..2024-09-13 row 0"),
                       QStringLiteral("EHE / CME 6 2025-02-24..2025-03-14 open row 0"),
                   }));
    EXPECT_EQ(data.rows(TimelineLane::Placements), 2);
    EXPECT_EQ(data.rows(TimelineLane::Psps), 1);
    EXPECT_EQ(data.rows(TimelineLane::Schools), 1);
    EXPECT_EQ(describeSpan(data.spans[2]),
              QStringLiteral("Alternative provision with Horizons: 04/11/2024 to 14/02/2025"));
    EXPECT_EQ(describeSpan(data.spans[0]), QStringLiteral("Pastoral support plan: from 16/09/2024, still open"));
    EXPECT_EQ(recordKindOf(data.spans[1].kind), CaseRecordKind::Placement);
    EXPECT_EQ(recordKindOf(data.spans[5].kind), CaseRecordKind::Registration);
}

TEST(Timeline, ReferralsAndDecisionsAreMarks)
{
    TimelineRecord decided = span(TimelineSource::PipReferral, 2, QDate(2024, 10, 1));
    decided.schoolName = QStringLiteral("Northfield");
    decided.detail = QStringLiteral("outreach_support");
    decided.decisionOn = QDate(2024, 10, 15);
    const TimelineData data = buildTimeline({span(TimelineSource::PipReferral, 1, QDate(2024, 11, 5)), decided}, kAsOf);
    ASSERT_EQ(data.marks.size(), 3u);
    EXPECT_EQ(describeMark(data.marks[0]), QStringLiteral("01/10/2024: referred to the inclusion panel by Northfield"));
    EXPECT_EQ(data.marks[1].kind, TimelineMarkKind::PipDecision);
    EXPECT_EQ(describeMark(data.marks[1]), QStringLiteral("15/10/2024: inclusion panel decision: Outreach support"));
    EXPECT_EQ(data.marks[2].id, 1);
}

TEST(Timeline, VoidedRecordsNeverAppear)
{
    std::vector<TimelineRecord> records = {
        enrolment(1, 7, QDate(2023, 9, 4)),
        suspension(2, QDate(2024, 10, 7), 2),
        span(TimelineSource::PermanentExclusion, 3, QDate(2024, 11, 4)),
        span(TimelineSource::Psp, 4, QDate(2024, 9, 16)),
        span(TimelineSource::ApPlacement, 5, QDate(2024, 9, 16)),
        span(TimelineSource::ElectiveHomeEducation, 6, QDate(2024, 12, 2)),
        span(TimelineSource::PipReferral, 7, QDate(2024, 10, 1)),
    };
    for (TimelineRecord& r : records) {
        r.voided = true;
    }
    const TimelineData data = buildTimeline(records, kAsOf);
    EXPECT_TRUE(data.isEmpty());
    EXPECT_TRUE(data.schoolNames.empty());
}

TEST(Timeline, DescribesTheWholePictureForScreenReaders)
{
    TimelineRecord x = span(TimelineSource::PermanentExclusion, 3, QDate(2025, 1, 20));
    const TimelineData data =
        buildTimeline({enrolment(1, 7, QDate(2022, 9, 5), QDate(2023, 12, 15)), enrolment(2, 8, QDate(2024, 1, 8)),
                       suspension(4, QDate(2024, 10, 7), 3), suspension(5, QDate(2024, 11, 7), 1, true), x,
                       span(TimelineSource::Psp, 6, QDate(2024, 9, 16))},
                      kAsOf);
    EXPECT_EQ(describeTimeline(data),
              QStringLiteral("Timeline 2022/23 to 2024/25: 2 schools, 2 suspensions (2 days), 1 permanent exclusion, "
                             "1 PSP, 0 placements, 0 EHE/CME registrations, 0 inclusion panel referrals."));
    EXPECT_EQ(data.schoolNames.at(7), QStringLiteral("School 7"));
}

} // namespace
} // namespace casebook
