// Patterns that need more pupils than the small preset: generated in memory only (no file), so it stays quick.
#include "DemoFixture.h"

#include "demo/DemoWriter.h"

#include <map>
#include <set>

namespace casebook::demo::test {
namespace {

class MediumDemo : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        FilledDatabase empty;
        auto opened = Database::open(empty.dir.filePath(QStringLiteral("codes.sqlite")));
        ASSERT_TRUE(opened.ok());
        auto codes = DemoWriter(*opened.value()).loadReference();
        ASSERT_TRUE(codes.ok());
        DemoConfig config;
        config.preset = QStringLiteral("custom");
        config.schools = 40;
        config.pupilsPerYear = 16000;
        config.years = 4;
        config.seed = 5;
        config.today = QDate(2025, 6, 30);
        auto made = generateDemoData(config, codes.value());
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
        s_data = new casebook::demo::DemoData(std::move(made).value());
    }
    static void TearDownTestSuite()
    {
        delete s_data;
        s_data = nullptr;
    }
    static const casebook::demo::DemoData& data() { return *s_data; }
    static casebook::demo::DemoData* s_data;
};

casebook::demo::DemoData* MediumDemo::s_data = nullptr;

TEST_F(MediumDemo, HomeEducationSoonAfterASuspensionIsConcentratedInTheOffRollingSchools)
{
    std::map<qint64, int> soonAfter; // school id → EHE registrations within 30 days of a suspension there
    int total = 0;
    for (const EheCmeRow& e : data().eheCme) {
        if (e.kind != QLatin1String("ehe")) {
            continue;
        }
        for (const SuspensionRow& s : data().suspensions) {
            if (!s.removed && s.pupil == e.pupil && s.school == e.school && s.firstDay <= e.registered &&
                s.firstDay.daysTo(e.registered) <= 30) {
                ++soonAfter[e.school];
                ++total;
                break;
            }
        }
    }
    int offRolling = 0;
    std::set<qint64> flagged;
    for (std::size_t i = 0; i < data().schools.size(); ++i) {
        if (data().schools[i].offRolling) {
            flagged.insert(static_cast<qint64>(i) + 1);
            offRolling += soonAfter[static_cast<qint64>(i) + 1];
        }
    }
    EXPECT_GE(flagged.size(), 2u);
    EXPECT_LE(flagged.size(), 3u);
    ASSERT_GT(total, 10);
    EXPECT_GT(offRolling, total / 2) << offRolling << " of " << total;
}

TEST_F(MediumDemo, ExclusionsGoThroughTheBoardAndSomeToAnIndependentReviewPanel)
{
    int boards = 0;
    int irps = 0;
    int reinstated = 0;
    for (const ExclusionRow& x : data().exclusions) {
        boards += x.boardMeeting.isValid() ? 1 : 0;
        irps += x.irpApplication.isValid() ? 1 : 0;
        reinstated +=
            x.boardOutcome == QLatin1String("reinstated") || x.reconsiderationOutcome == QLatin1String("reinstated")
                ? 1
                : 0;
    }
    ASSERT_GT(data().exclusions.size(), 20u);
    EXPECT_GT(boards, static_cast<int>(data().exclusions.size()) * 8 / 10);
    EXPECT_GT(irps, 0);
    EXPECT_GT(reinstated, 0);
    EXPECT_LT(reinstated, static_cast<int>(data().exclusions.size()) / 4);
}

// A pupil whose permanent exclusion the board upheld (and no one reversed) is off that school's roll by the board's
// meeting, including after an exclusion late in the summer term whose board meets after the holiday.
TEST_F(MediumDemo, AnUpheldExclusionTakesThePupilOffTheSchoolsRoll)
{
    std::multimap<std::pair<qint64, qint64>, const EnrolmentRow*> enrolments; // (pupil, school) -> enrolment
    for (const EnrolmentRow& e : data().enrolments) {
        enrolments.emplace(std::make_pair(e.pupil, e.school), &e);
    }
    int checked = 0;
    int afterTheSummer = 0;
    for (const ExclusionRow& x : data().exclusions) {
        if (x.boardOutcome != QLatin1String("upheld") || x.reconsiderationOutcome == QLatin1String("reinstated")) {
            continue;
        }
        ++checked;
        afterTheSummer += x.boardMeeting.month() >= 9 && x.decisionDate.month() >= 6 ? 1 : 0;
        const auto [from, to] = enrolments.equal_range({x.pupil, x.school});
        for (auto it = from; it != to; ++it) {
            const EnrolmentRow& e = *it->second;
            if (e.start > x.decisionDate) {
                continue; // a later, separate enrolment
            }
            EXPECT_TRUE(e.end.isValid() && e.end <= x.boardMeeting)
                << "pupil " << x.pupil << " excluded on " << x.decisionDate.toString(Qt::ISODate).toStdString()
                << ", board " << x.boardMeeting.toString(Qt::ISODate).toStdString() << ", still on roll until "
                << e.end.toString(Qt::ISODate).toStdString();
        }
    }
    EXPECT_GT(checked, 10);
    EXPECT_GT(afterTheSummer, 0);
}

TEST_F(MediumDemo, SomePupilsPassTheFortyFiveDayLimitButFew)
{
    std::map<std::pair<qint64, int>, double> days;
    for (const SuspensionRow& s : data().suspensions) {
        if (!s.removed) {
            days[{s.pupil, AcademicYear::containing(s.firstDay).startYear()}] += s.lunchtime ? 0.5 : s.sessions / 2.0;
        }
    }
    int over = 0;
    for (const auto& [key, total] : days) {
        over += total > 45 ? 1 : 0;
    }
    EXPECT_GT(over, 0);
    EXPECT_LT(over, static_cast<int>(days.size()) / 50);
}

TEST_F(MediumDemo, TheLaResponds)
{
    EXPECT_FALSE(data().psps.empty());
    EXPECT_FALSE(data().referrals.empty());
    EXPECT_FALSE(data().actions.empty());
    EXPECT_FALSE(data().support.empty());
    EXPECT_FALSE(data().apPlacements.empty());
    bool managedMove = false;
    bool offSite = false;
    for (const PlacementRow& p : data().placements) {
        managedMove = managedMove || p.kind == QLatin1String("managed_move");
        offSite = offSite || p.kind == QLatin1String("off_site_direction");
    }
    EXPECT_TRUE(managedMove);
    EXPECT_TRUE(offSite);
    bool cme = false;
    for (const EheCmeRow& e : data().eheCme) {
        cme = cme || e.kind == QLatin1String("cme");
    }
    EXPECT_TRUE(cme);
}

} // namespace
} // namespace casebook::demo::test
