#include "Builders.h"
#include "TempDatabase.h"

#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class ExclusionRepositoryTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_other =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Southfield"))).value();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
    }

    Suspension suspension() const
    {
        Suspension s;
        s.pupilId = m_pupil;
        s.schoolId = m_school;
        s.firstDay = QDate(2024, 10, 8);
        s.sessions = 4;
        s.decisionDate = QDate(2024, 10, 7);
        s.reasonCodes = {QStringLiteral("VA"), QStringLiteral("DB")};
        s.parentNotifiedOn = QDate(2024, 10, 7);
        return s;
    }

    PermanentExclusion exclusion() const
    {
        PermanentExclusion x;
        x.pupilId = m_pupil;
        x.schoolId = m_school;
        x.decisionDate = QDate(2024, 10, 7);
        x.effectiveDate = QDate(2024, 10, 8);
        x.reasonCodes = {QStringLiteral("PA"), QStringLiteral("OW")};
        x.detail = QStringLiteral("Assault on a member of staff");
        x.governorsNotifiedOn = QDate(2024, 10, 8);
        x.wouldMissExam = true;
        return x;
    }

    QStringList reasons(const QString& table, const QString& column, qint64 id)
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT code FROM %1 WHERE %2 = ? ORDER BY position").arg(table, column));
        q.addBindValue(id);
        q.exec();
        QStringList codes;
        while (q.next()) {
            codes << q.value(0).toString();
        }
        return codes;
    }

    qint64 m_school = 0;
    qint64 m_other = 0;
    qint64 m_pupil = 0;
};

TEST_F(ExclusionRepositoryTest, ASuspensionLoadsAsSavedWithItsRowVersion)
{
    ExclusionRepository repo(db());
    Suspension s = suspension();
    s.sixthDayProvision = QStringLiteral("Partner school");
    s.wouldMissExam = true;
    const qint64 id = repo.insertSuspension(s).value();
    const auto loaded = repo.loadSuspension(id);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->id, id);
    EXPECT_EQ(loaded->rowVersion, 1);
    EXPECT_EQ(loaded->firstDay, s.firstDay);
    EXPECT_EQ(loaded->decisionDate, s.decisionDate);
    EXPECT_EQ(loaded->reasonCodes, s.reasonCodes);
    EXPECT_EQ(loaded->parentNotifiedOn, s.parentNotifiedOn);
    EXPECT_EQ(loaded->sixthDayProvision, s.sixthDayProvision);
    EXPECT_TRUE(loaded->wouldMissExam);
    EXPECT_FALSE(loaded->governorsNotifiedOn.isValid());
}

TEST_F(ExclusionRepositoryTest, UpdatingASuspensionReplacesItsReasonsAndBumpsTheVersion)
{
    ExclusionRepository repo(db());
    const qint64 id = repo.insertSuspension(suspension()).value();
    Suspension s = repo.loadSuspension(id).value();
    s.sessions = 6;
    s.reasonCodes = {QStringLiteral("BU")};
    s.reintegrationMeetingOn = QDate(2024, 10, 11);
    s.boardReviewOutcome = QStringLiteral("noted");
    ASSERT_TRUE(repo.updateSuspension(s).ok());
    const Suspension after = repo.loadSuspension(id).value();
    EXPECT_EQ(after.rowVersion, 2);
    EXPECT_EQ(after.sessions, 6);
    EXPECT_EQ(after.reasonCodes, QStringList{QStringLiteral("BU")});
    EXPECT_EQ(after.reintegrationMeetingOn, QDate(2024, 10, 11));
    EXPECT_EQ(after.boardReviewOutcome, QStringLiteral("noted"));
    EXPECT_EQ(reasons(QStringLiteral("suspension_reasons"), QStringLiteral("suspension_id"), id),
              QStringList{QStringLiteral("BU")});
}

TEST_F(ExclusionRepositoryTest, AStaleSuspensionIsRefusedAndNothingChanges)
{
    ExclusionRepository repo(db());
    const qint64 id = repo.insertSuspension(suspension()).value();
    Suspension mine = repo.loadSuspension(id).value();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE suspensions SET row_version = row_version + 1")));
    mine.sessions = 8;
    mine.reasonCodes = {QStringLiteral("TH")};
    const Status st = repo.updateSuspension(mine);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, Error::Code::Conflict);
    EXPECT_EQ(st.error().message, QStringLiteral("This record was changed by someone else since you opened it; close "
                                                 "the form and open it again."));
    EXPECT_EQ(repo.loadSuspension(id)->sessions, 4);
    EXPECT_EQ(repo.loadSuspension(id)->reasonCodes, suspension().reasonCodes);
}

TEST_F(ExclusionRepositoryTest, AFailedReasonRollsBackTheWholeUpdate)
{
    ExclusionRepository repo(db());
    const qint64 id = repo.insertExclusion(exclusion()).value();
    PermanentExclusion x = repo.loadExclusion(id).value();
    x.boardMeetingOn = QDate(2024, 10, 21);
    x.reasonCodes = {QStringLiteral("PA"), QStringLiteral("XX")}; // XX is no DfE code
    ASSERT_FALSE(repo.updateExclusion(x).ok());
    const PermanentExclusion after = repo.loadExclusion(id).value();
    EXPECT_EQ(after.rowVersion, 1);
    EXPECT_FALSE(after.boardMeetingOn.isValid());
    EXPECT_EQ(after.reasonCodes, exclusion().reasonCodes);
    EXPECT_EQ(db().transactionDepth(), 0);
}

TEST_F(ExclusionRepositoryTest, AnExclusionRoundTripsEveryStage)
{
    ExclusionRepository repo(db());
    PermanentExclusion x = exclusion();
    x.boardMeetingOn = QDate(2024, 10, 21);
    x.boardOutcome = QStringLiteral("upheld");
    x.boardDecisionNoticeSentOn = QDate(2024, 10, 22);
    x.irpApplicationOn = QDate(2024, 11, 5);
    x.irpMeetingOn = QDate(2024, 11, 20);
    x.irpOutcome = QStringLiteral("recommend_reconsideration");
    x.irpDecisionOn = QDate(2024, 11, 21);
    x.reconsiderationOn = QDate(2024, 12, 2);
    x.reconsiderationOutcome = QStringLiteral("upheld");
    x.laProvisionFrom = QDate(2024, 10, 15);
    x.laProvisionDetail = QStringLiteral("Pupil referral unit");
    x.destination = QStringLiteral("Southfield");
    const qint64 id = repo.insertExclusion(x).value();
    const PermanentExclusion loaded = repo.loadExclusion(id).value();
    EXPECT_EQ(loaded.rowVersion, 1);
    EXPECT_EQ(loaded.reasonCodes, x.reasonCodes);
    EXPECT_EQ(loaded.detail, x.detail);
    EXPECT_TRUE(loaded.wouldMissExam);
    EXPECT_EQ(loaded.governorsNotifiedOn, x.governorsNotifiedOn);
    EXPECT_EQ(loaded.boardOutcome, x.boardOutcome);
    EXPECT_EQ(loaded.boardDecisionNoticeSentOn, x.boardDecisionNoticeSentOn);
    EXPECT_EQ(loaded.irpOutcome, x.irpOutcome);
    EXPECT_EQ(loaded.irpDecisionOn, x.irpDecisionOn);
    EXPECT_EQ(loaded.reconsiderationOutcome, x.reconsiderationOutcome);
    EXPECT_EQ(loaded.laProvisionFrom, x.laProvisionFrom);
    EXPECT_EQ(loaded.laProvisionDetail, x.laProvisionDetail);
    EXPECT_EQ(loaded.destination, x.destination);
    EXPECT_FALSE(loaded.withdrawnOn.isValid());
}

TEST_F(ExclusionRepositoryTest, UpdatingAnExclusionIsOptimistic)
{
    ExclusionRepository repo(db());
    const qint64 id = repo.insertExclusion(exclusion()).value();
    PermanentExclusion first = repo.loadExclusion(id).value();
    PermanentExclusion second = first; // another officer opened the same record
    first.boardMeetingOn = QDate(2024, 10, 21);
    first.reasonCodes = {QStringLiteral("OW")};
    ASSERT_TRUE(repo.updateExclusion(first).ok());
    second.schoolId = m_other;
    const Status stale = repo.updateExclusion(second);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict);
    const PermanentExclusion after = repo.loadExclusion(id).value();
    EXPECT_EQ(after.rowVersion, 2);
    EXPECT_EQ(after.schoolId, m_school);
    EXPECT_EQ(after.boardMeetingOn, QDate(2024, 10, 21));
    EXPECT_EQ(reasons(QStringLiteral("permanent_exclusion_reasons"), QStringLiteral("permanent_exclusion_id"), id),
              QStringList{QStringLiteral("OW")});
}

TEST_F(ExclusionRepositoryTest, LoadingWhatIsNotThereSaysSo)
{
    const auto missing = ExclusionRepository(db()).loadExclusion(999);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
    EXPECT_EQ(missing.error().message, QStringLiteral("There is no permanent exclusion with id 999."));
    EXPECT_EQ(ExclusionRepository(db()).loadSuspension(999).error().code, Error::Code::NotFound);
}

TEST_F(ExclusionRepositoryTest, APupilsExclusionsAndPlansLeaveOutVoidedRows)
{
    ExclusionRepository repo(db());
    PermanentExclusion later = exclusion();
    later.decisionDate = QDate(2025, 3, 3);
    later.effectiveDate = QDate(2025, 3, 4);
    const qint64 laterId = repo.insertExclusion(later).value();
    const qint64 earlierId = repo.insertExclusion(exclusion()).value();
    const qint64 voidedId = repo.insertExclusion(exclusion()).value();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE permanent_exclusions SET voided_at = '2025-01-01', void_reason = "
                                    "'entered twice' WHERE id = %1")
                         .arg(voidedId)));
    const auto rows = repo.exclusionsForPupil(m_pupil);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ(rows->at(0).id, earlierId);
    EXPECT_EQ(rows->at(1).id, laterId);
    EXPECT_EQ(rows->at(1).reasonCodes, later.reasonCodes);

    const QString psp = QStringLiteral("INSERT INTO psps (pupil_id, school_id, start_date, end_date, voided_at, "
                                       "void_reason) VALUES (%1, %2, '%3', %4, %5, %6)");
    ASSERT_TRUE(exec(psp.arg(m_pupil).arg(m_school).arg(QStringLiteral("2024-09-16"), QStringLiteral("'2025-01-10'"),
                                                        QStringLiteral("NULL"), QStringLiteral("NULL"))));
    ASSERT_TRUE(exec(psp.arg(m_pupil).arg(m_school).arg(QStringLiteral("2025-02-03"), QStringLiteral("NULL"),
                                                        QStringLiteral("NULL"), QStringLiteral("NULL"))));
    ASSERT_TRUE(exec(psp.arg(m_pupil).arg(m_school).arg(QStringLiteral("2024-06-03"), QStringLiteral("NULL"),
                                                        QStringLiteral("'2024-07-01'"), QStringLiteral("'mistake'"))));
    const auto spans = repo.pastoralSupportSpans(m_pupil);
    ASSERT_TRUE(spans.ok());
    ASSERT_EQ(spans->size(), 2u);
    EXPECT_EQ(spans->at(0).from, QDate(2024, 9, 16));
    EXPECT_EQ(spans->at(0).to, QDate(2025, 1, 10));
    EXPECT_EQ(spans->at(1).from, QDate(2025, 2, 3));
    EXPECT_FALSE(spans->at(1).to.isValid());
    EXPECT_TRUE(spans->at(1).contains(QDate(2026, 1, 1)));
    EXPECT_FALSE(spans->at(0).contains(QDate(2025, 1, 11)));
}

} // namespace
} // namespace casebook::test
