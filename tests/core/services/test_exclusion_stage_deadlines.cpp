#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include "services/ExclusionStageDeadlines.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// Decided Monday 07/10/2024, excluded from Tuesday 08/10/2024 (2024/25 fixture calendar: INSET Friday
// 18/10/2024, half term 28/10 to 01/11/2024).
PermanentExclusion decided()
{
    PermanentExclusion x;
    x.schoolId = kSchoolA;
    x.decisionDate = QDate(2024, 10, 7);
    x.effectiveDate = QDate(2024, 10, 8);
    x.reasonCodes = {QStringLiteral("PA")};
    return x;
}

class ExclusionStageDeadlinesTest : public ::testing::Test
{
protected:
    ExclusionStageDeadlines deadlines(const PermanentExclusion& x) const
    {
        return exclusionStageDeadlines(x, m_pupil, m_calendars);
    }

    PupilFacts m_pupil; // date of birth unknown: every duty applies
    CalendarSet m_calendars{fixtureCalendar()};
};

TEST_F(ExclusionStageDeadlinesTest, JustDecided)
{
    const ExclusionStageDeadlines due = deadlines(decided());
    EXPECT_EQ(due.notifications, QStringLiteral("Without delay, the headteacher must notify the parent, governing "
                                                "board and LA: not recorded yet."));
    // 15 school days from 07/10/2024, skipping the INSET day and half term.
    EXPECT_EQ(due.board,
              QStringLiteral("Board must meet by 05/11/2024 (15 school days from the decision on 07/10/2024: "
                             "the date the board was notified is not recorded)."));
    EXPECT_EQ(due.reviewPanel, QString());
    EXPECT_EQ(due.reconsideration, QString());
    EXPECT_EQ(due.sixthDay,
              QStringLiteral("LA must provide full-time education from 15/10/2024 (the 6th school day; day 1 is "
                             "08/10/2024)."));
}

TEST_F(ExclusionStageDeadlinesTest, TheBoardCountsFromItsNoticeAndSaysWhenItMetLate)
{
    PermanentExclusion x = decided();
    x.parentNotifiedOn = x.laNotifiedOn = QDate(2024, 10, 7);
    x.governorsNotifiedOn = QDate(2024, 10, 8);
    x.wouldMissExam = true;
    ExclusionStageDeadlines due = deadlines(x);
    EXPECT_EQ(due.notifications, QString());
    EXPECT_EQ(due.board, QStringLiteral("Board must meet by 06/11/2024 (15 school days from being notified on "
                                        "08/10/2024). The pupil would miss a public exam: the board should meet "
                                        "before it."));
    x.boardMeetingOn = QDate(2024, 11, 7);
    due = deadlines(x);
    EXPECT_EQ(due.board, QStringLiteral("Board had to meet by 06/11/2024 (15 school days from being notified on "
                                        "08/10/2024): it met on 07/11/2024. Late."));
}

TEST_F(ExclusionStageDeadlinesTest, ReviewPanelWindowThenMeeting)
{
    PermanentExclusion x = decided();
    x.boardMeetingOn = QDate(2024, 10, 21);
    x.boardOutcome = QStringLiteral("upheld");
    EXPECT_EQ(deadlines(x).reviewPanel, QString()); // no notice sent yet: the window has not opened
    x.boardDecisionNoticeSentOn = QDate(2024, 10, 22);
    EXPECT_EQ(deadlines(x).reviewPanel,
              QStringLiteral("Parent may apply for a review by 21/11/2024 (15 school days from the notice of the "
                             "board's decision, deemed given on 24/10/2024)."));
    x.irpApplicationOn = QDate(2024, 11, 5);
    EXPECT_EQ(deadlines(x).reviewPanel,
              QStringLiteral("Application was due by 21/11/2024 (15 school days from the notice of the board's "
                             "decision, deemed given on 24/10/2024): made on 05/11/2024.\n"
                             "Panel must meet by 26/11/2024 (the 15th school day after the application on "
                             "05/11/2024)."));
}

TEST_F(ExclusionStageDeadlinesTest, ReconsiderationAfterThePanelDirectsIt)
{
    PermanentExclusion x = decided();
    x.boardOutcome = QStringLiteral("upheld");
    x.irpApplicationOn = QDate(2024, 11, 5);
    x.irpMeetingOn = QDate(2024, 11, 20);
    x.irpOutcome = QStringLiteral("upheld");
    EXPECT_EQ(deadlines(x).reconsideration, QString());
    x.irpOutcome = QStringLiteral("quash_direct_reconsideration");
    EXPECT_EQ(deadlines(x).reconsideration,
              QStringLiteral("Board must reconsider by 04/12/2024 (10 school days from the panel's meeting on "
                             "20/11/2024: the date of its decision is not recorded)."));
    x.irpDecisionOn = QDate(2024, 11, 21);
    x.reconsiderationOn = QDate(2024, 12, 2);
    EXPECT_EQ(deadlines(x).reconsideration,
              QStringLiteral("Board had to reconsider by 05/12/2024 (10 school days from the panel's decision on "
                             "21/11/2024): it did on 02/12/2024."));
}

TEST_F(ExclusionStageDeadlinesTest, NothingIsOwedOnceWithdrawnOrReinstated)
{
    PermanentExclusion x = decided();
    x.laProvisionFrom = QDate(2024, 10, 15);
    EXPECT_EQ(deadlines(x).sixthDay,
              QStringLiteral("LA had to provide full-time education from 15/10/2024 (the 6th school day; day 1 is "
                             "08/10/2024): arranged from 15/10/2024."));
    x.boardOutcome = QStringLiteral("reinstated");
    EXPECT_EQ(deadlines(x).sixthDay, QString());
    EXPECT_EQ(deadlines(x).reviewPanel, QString());
    x.boardOutcome.clear();
    x.withdrawnOn = QDate(2024, 10, 9);
    const ExclusionStageDeadlines due = deadlines(x);
    EXPECT_EQ(due.board, QString());
    EXPECT_EQ(due.sixthDay, QString());
}

TEST_F(ExclusionStageDeadlinesTest, EstimatedWhenTermDatesAreMissing)
{
    PermanentExclusion x = decided();
    x.decisionDate = QDate(2026, 10, 5); // 2026/27 is not in the fixture calendar
    x.effectiveDate = QDate(2026, 10, 6);
    EXPECT_TRUE(deadlines(x).board.endsWith(QStringLiteral("Estimated: term dates are not loaded for every day "
                                                           "counted.")))
        << deadlines(x).board.toStdString();
}

} // namespace
} // namespace casebook::test
