#include "Builders.h"
#include "QtPrinters.h"
#include "TempDatabase.h"

#include "caserecords/CaseSnapshot.h"
#include "caserecords/RecordListRepository.h"
#include "caserecords/RecordVoiding.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class CaseRecordsTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1)))
                      .value();
    }

    qint64 addSuspension(QDate firstDay, const QStringList& reasons)
    {
        Suspension s;
        s.pupilId = m_pupil;
        s.schoolId = m_school;
        s.firstDay = s.decisionDate = firstDay;
        s.sessions = 3;
        s.reasonCodes = reasons;
        auto id = ExclusionRepository(db()).insertSuspension(s);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }

    int count(const QString& sql)
    {
        QSqlQuery q(db().connection());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toInt() : -1;
    }

    CaseSnapshot snap(CaseRecordKind kind = CaseRecordKind::Suspension)
    {
        auto s = captureCase(db(), m_pupil, kind);
        EXPECT_TRUE(s.ok());
        return s.value();
    }

    qint64 m_school = 0;
    qint64 m_pupil = 0;
};

TEST_F(CaseRecordsTest, UndoingAnAddRemovesTheRecordAndItsReasonsAndRedoBringsThemBack)
{
    const qint64 kept = addSuspension(QDate(2024, 9, 9), {QStringLiteral("DB")});
    const CaseSnapshot before = snap();
    const qint64 added = addSuspension(QDate(2024, 10, 7), {QStringLiteral("DM"), QStringLiteral("DB")});
    const CaseSnapshot after = snap();
    EXPECT_FALSE(before.sameContentAs(after));

    ASSERT_TRUE(restoreCase(db(), before, after).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM suspensions")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM suspension_reasons WHERE suspension_id = %1").arg(added)), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM suspension_reasons WHERE suspension_id = %1").arg(kept)), 1);
    EXPECT_TRUE(snap().sameContentAs(before));

    ASSERT_TRUE(restoreCase(db(), after, before).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM suspensions WHERE id = %1").arg(added)), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT position FROM suspension_reasons WHERE suspension_id = %1 AND code = 'DB'")
                        .arg(added)),
              2);
    EXPECT_TRUE(snap().sameContentAs(after));
}

TEST_F(CaseRecordsTest, UndoingAnEditPutsTheOldValuesBackAndMovesTheRowVersionOn)
{
    const qint64 id = addSuspension(QDate(2024, 9, 9), {QStringLiteral("DB")});
    const CaseSnapshot before = snap();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE suspensions SET sessions = 6, detail = 'longer', row_version = 2 WHERE id "
                                    "= %1")
                         .arg(id)));
    const CaseSnapshot after = snap();
    ASSERT_TRUE(restoreCase(db(), before, after).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT sessions FROM suspensions WHERE id = %1").arg(id)), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT detail IS NULL FROM suspensions WHERE id = %1").arg(id)), 1);
    // A form opened on version 2 must not overwrite the undo: the version moved on to 3.
    EXPECT_EQ(count(QStringLiteral("SELECT row_version FROM suspensions WHERE id = %1").arg(id)), 3);
}

TEST_F(CaseRecordsTest, UndoIsRefusedWhenSomeoneElseChangedTheRecordsSince)
{
    const qint64 id = addSuspension(QDate(2024, 9, 9), {QStringLiteral("DB")});
    const CaseSnapshot before = snap();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE suspensions SET sessions = 6 WHERE id = %1").arg(id)));
    const CaseSnapshot after = snap();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE suspensions SET detail = 'by a colleague' WHERE id = %1").arg(id)));
    const Status refused = restoreCase(db(), before, after);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message,
              QStringLiteral("The suspension records were changed elsewhere since; nothing was undone or redone."));
    EXPECT_EQ(count(QStringLiteral("SELECT sessions FROM suspensions WHERE id = %1").arg(id)), 6);
}

TEST_F(CaseRecordsTest, VoidingKeepsTheRecordWithItsReasonAndTheListShowsIt)
{
    const qint64 id = addSuspension(QDate(2024, 9, 9), {QStringLiteral("DB"), QStringLiteral("DM")});
    addSuspension(QDate(2024, 10, 7), {QStringLiteral("PA")});
    EXPECT_FALSE(voidRecord(db(), CaseRecordKind::Suspension, id, QStringLiteral("  ")).ok());
    const Status voided = voidRecord(db(), CaseRecordKind::Suspension, id, QStringLiteral("Entered twice"));
    ASSERT_TRUE(voided.ok()) << voided.error().message.toStdString();
    const Status again = voidRecord(db(), CaseRecordKind::Suspension, id, QStringLiteral("Again"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message, QStringLiteral("That suspension is already void or no longer exists."));
    EXPECT_FALSE(voidRecord(db(), CaseRecordKind::Contact, 1, QStringLiteral("x")).ok());

    auto list = RecordListRepository(db()).list(RecordListKind::Suspensions, m_pupil);
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    ASSERT_EQ(list->rows.size(), 2U);
    // Newest first; dates as dates; reasons in the school's order; the void marked with its reason.
    EXPECT_EQ(list->rows[0].cells.at(0).toDate(), QDate(2024, 10, 7));
    EXPECT_FALSE(list->rows[0].voided);
    EXPECT_EQ(list->rows[1].id, id);
    EXPECT_TRUE(list->rows[1].voided);
    EXPECT_DOUBLE_EQ(list->rows[1].cells.at(1).toDouble(), 1.5);
    EXPECT_EQ(list->rows[1].cells.at(2).toString(), QStringLiteral("Northfield"));
    EXPECT_EQ(list->rows[1].cells.at(3).toString(), QStringLiteral("DB, DM"));
    EXPECT_EQ(list->rows[1].cells.last().toString(), QStringLiteral("Void: Entered twice"));
}

TEST_F(CaseRecordsTest, EveryListRunsAndPlacementsGatherThreeKindsNewestFirst)
{
    const qint64 other =
        SchoolRepository(db()).insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Southgate"))).value();
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO placements (pupil_id, kind, from_school_id, to_school_id, start_date) "
                                    "VALUES (%1, 'managed_move', %2, %3, '2024-11-04')")
                         .arg(m_pupil)
                         .arg(m_school)
                         .arg(other)));
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO ap_placements (pupil_id, provider_name, start_date, days_per_week) "
                                    "VALUES (%1, 'Bridge Centre', '2025-01-06', 3)")
                         .arg(m_pupil)));
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO ehe_cme_registrations (pupil_id, kind, registered_on) VALUES (%1, "
                                    "'ehe', '2024-09-16')")
                         .arg(m_pupil)));
    for (RecordListKind kind : {RecordListKind::Suspensions, RecordListKind::Exclusions, RecordListKind::Psps,
                                RecordListKind::Referrals, RecordListKind::Support, RecordListKind::Placements,
                                RecordListKind::Schools, RecordListKind::Contacts, RecordListKind::Notes}) {
        auto list = RecordListRepository(db()).list(kind, m_pupil);
        ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
        EXPECT_FALSE(list->headers.isEmpty());
        for (const RecordListRow& row : list->rows) {
            EXPECT_EQ(row.cells.size(), list->headers.size());
        }
    }
    auto placements = RecordListRepository(db()).list(RecordListKind::Placements, m_pupil).value();
    ASSERT_EQ(placements.rows.size(), 3U);
    EXPECT_EQ(placements.rows[0].kind, CaseRecordKind::ApPlacement);
    EXPECT_EQ(placements.rows[1].kind, CaseRecordKind::Placement);
    EXPECT_EQ(placements.rows[1].cells.at(3).toString(), QStringLiteral("Northfield to Southgate"));
    EXPECT_EQ(placements.rows[2].kind, CaseRecordKind::Registration);
}

} // namespace
} // namespace casebook::test
