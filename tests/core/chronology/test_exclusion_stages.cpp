#include "Builders.h"
#include "TempDatabase.h"

#include "chronology/ChronologyRepository.h"
#include "history/TimelineRepository.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// Every review stage of a permanent exclusion is a dated event of its own in the chronology, oldest first: the
// decision, the governing board, the application to the independent review panel, the panel, the board's
// reconsideration; and an exclusion withdrawn by the head teacher shows when it was withdrawn.
class ExclusionStagesTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
    }

    PermanentExclusion exclusion(QDate decided) const
    {
        PermanentExclusion x;
        x.pupilId = m_pupil;
        x.schoolId = m_school;
        x.decisionDate = decided;
        x.effectiveDate = decided;
        x.reasonCodes = {QStringLiteral("PA")};
        return x;
    }

    QStringList stages()
    {
        QStringList rows;
        auto events = ChronologyRepository(db()).eventsForPupil(m_pupil, false);
        EXPECT_TRUE(events.ok());
        for (const ChronologyEvent& e : events.value()) {
            rows << e.date.toString(Qt::ISODate) + QLatin1Char(' ') + e.kind + QLatin1Char(' ') + e.detail;
        }
        return rows;
    }

    qint64 m_school = 0;
    qint64 m_pupil = 0;
};

TEST_F(ExclusionStagesTest, EveryReviewStageIsItsOwnEventInDateOrder)
{
    PermanentExclusion x = exclusion(QDate(2024, 10, 7));
    x.boardMeetingOn = QDate(2024, 10, 21);
    x.boardOutcome = QStringLiteral("upheld");
    x.boardDecisionNoticeSentOn = QDate(2024, 10, 22);
    x.irpApplicationOn = QDate(2024, 11, 4);
    x.irpMeetingOn = QDate(2024, 11, 20);
    x.irpOutcome = QStringLiteral("quash_direct_reconsideration");
    x.irpDecisionOn = QDate(2024, 11, 21);
    x.reconsiderationOn = QDate(2024, 12, 2);
    x.reconsiderationOutcome = QStringLiteral("reinstated");
    auto id = ExclusionRepository(db()).insertExclusion(x);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(stages(), QStringList({QStringLiteral("2024-10-07 permanent_exclusion PA"),
                                     QStringLiteral("2024-10-21 board_meeting upheld"),
                                     QStringLiteral("2024-11-04 irp_application "),
                                     QStringLiteral("2024-11-20 irp_meeting quash_direct_reconsideration"),
                                     QStringLiteral("2024-12-02 reconsideration reinstated")}));
}

TEST_F(ExclusionStagesTest, AWithdrawnExclusionShowsWhenItWasWithdrawn)
{
    PermanentExclusion x = exclusion(QDate(2024, 10, 7));
    x.withdrawnOn = QDate(2024, 10, 9);
    ASSERT_TRUE(ExclusionRepository(db()).insertExclusion(x).ok());
    EXPECT_EQ(stages(), QStringList({QStringLiteral("2024-10-07 permanent_exclusion PA"),
                                     QStringLiteral("2024-10-09 exclusion_withdrawn ")}));
}

// The main reason is the one the school gave first: reasons keep that order (never alphabetical).
TEST_F(ExclusionStagesTest, ReasonsKeepTheOrderTheSchoolGaveThem)
{
    Suspension s;
    s.pupilId = m_pupil;
    s.schoolId = m_school;
    s.firstDay = QDate(2024, 9, 16);
    s.sessions = 2;
    s.reasonCodes = {QStringLiteral("VA"), QStringLiteral("DB"), QStringLiteral("BU")};
    ASSERT_TRUE(ExclusionRepository(db()).insertSuspension(s).ok());
    PermanentExclusion x = exclusion(QDate(2024, 10, 7));
    x.reasonCodes = {QStringLiteral("PP"), QStringLiteral("DA")};
    ASSERT_TRUE(ExclusionRepository(db()).insertExclusion(x).ok());
    EXPECT_EQ(stages(), QStringList({QStringLiteral("2024-09-16 suspension VA, DB, BU"),
                                     QStringLiteral("2024-10-07 permanent_exclusion PP, DA")}));
    auto timeline = TimelineRepository(db()).recordsForPupil(m_pupil);
    ASSERT_TRUE(timeline.ok());
    QStringList details;
    for (const TimelineRecord& r : timeline.value()) {
        details << r.detail;
    }
    EXPECT_EQ(details, QStringList({QStringLiteral("VA, DB, BU"), QStringLiteral("PP, DA")}));
}

} // namespace
} // namespace casebook::test
