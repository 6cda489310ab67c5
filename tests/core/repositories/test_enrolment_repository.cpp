#include "Builders.h"
#include "PeopleBuilders.h"
#include "TempDatabase.h"

#include "repositories/EnrolmentRepository.h"
#include "repositories/OptimisticLock.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class EnrolmentRepositoryTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        SchoolRepository schools(db());
        m_north = schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_south = schools.insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Southfield"))).value();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1)))
                      .value();
        Enrolment e = makeEnrolment(0, m_north, QDate(2022, 9, 5));
        e.pupilId = m_pupil;
        m_current = EnrolmentRepository(db()).insert(e).value();
    }

    SchoolMove moveToSouthfield() const
    {
        SchoolMove m;
        m.pupilId = m_pupil;
        m.leavingEnrolmentId = m_current;
        m.leavingRowVersion = 1;
        m.endDate = QDate(2024, 10, 25);
        m.leavingReason = QStringLiteral("managed_move");
        m.destinationSchoolId = m_south;
        m.startDate = QDate(2024, 11, 4);
        m.registrationType = QStringLiteral("single");
        return m;
    }

    qint64 m_north = 0;
    qint64 m_south = 0;
    qint64 m_pupil = 0;
    qint64 m_current = 0;
};

TEST_F(EnrolmentRepositoryTest, AMoveEndsOneEnrolmentAndStartsTheNext)
{
    EnrolmentRepository enrolments(db());
    auto next = enrolments.recordMove(moveToSouthfield());
    ASSERT_TRUE(next.ok()) << next.error().message.toStdString();
    auto history = enrolments.forPupil(m_pupil).value();
    ASSERT_EQ(history.size(), 2u);
    const Enrolment& ended = history.at(0);
    EXPECT_EQ(ended.schoolName, QStringLiteral("Northfield"));
    EXPECT_EQ(ended.endDate, QDate(2024, 10, 25));
    EXPECT_EQ(ended.leavingReason, QStringLiteral("managed_move"));
    EXPECT_EQ(ended.destinationSchoolId, m_south);
    EXPECT_EQ(ended.rowVersion, 2);
    const Enrolment& started = history.at(1);
    EXPECT_EQ(started.id, next.value());
    EXPECT_EQ(started.schoolId, m_south);
    EXPECT_EQ(started.startDate, QDate(2024, 11, 4));
    EXPECT_FALSE(started.endDate.isValid());
    EXPECT_EQ(enrolments.current(m_pupil).value()->id, next.value());
}

TEST_F(EnrolmentRepositoryTest, AStaleMoveChangesNothing)
{
    ASSERT_TRUE(exec(QStringLiteral("UPDATE enrolments SET row_version = 3")));
    auto next = EnrolmentRepository(db()).recordMove(moveToSouthfield());
    ASSERT_FALSE(next.ok());
    EXPECT_EQ(next.error().message, staleRecordMessage());
    EXPECT_EQ(count(QStringLiteral("enrolments")), 1);
    EXPECT_FALSE(EnrolmentRepository(db()).load(m_current)->endDate.isValid());
}

TEST_F(EnrolmentRepositoryTest, ARefusedNewEnrolmentLeavesTheOldOneOpen)
{
    SchoolMove m = moveToSouthfield();
    m.destinationSchoolId = m_south + 50; // no such school
    ASSERT_FALSE(EnrolmentRepository(db()).recordMove(m).ok());
    EXPECT_FALSE(EnrolmentRepository(db()).load(m_current)->endDate.isValid());
}

TEST_F(EnrolmentRepositoryTest, AMoveToNoSchoolOnlyEndsTheEnrolment)
{
    SchoolMove m = moveToSouthfield();
    m.destinationSchoolId = 0;
    m.leavingReason = QStringLiteral("elective_home_education");
    auto id = EnrolmentRepository(db()).recordMove(m);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(id.value(), m_current);
    EXPECT_EQ(count(QStringLiteral("enrolments")), 1);
    EXPECT_FALSE(EnrolmentRepository(db()).current(m_pupil).value().has_value());
}

TEST_F(EnrolmentRepositoryTest, AnEditChangesTheEnrolmentsOwnFields)
{
    EnrolmentRepository enrolments(db());
    Enrolment e = enrolments.load(m_current).value();
    e.startDate = QDate(2022, 9, 6);
    e.registrationType = QStringLiteral("main_dual");
    ASSERT_TRUE(enrolments.update(e).ok());
    Enrolment reloaded = enrolments.load(m_current).value();
    EXPECT_EQ(reloaded.startDate, QDate(2022, 9, 6));
    EXPECT_EQ(reloaded.registrationType, QStringLiteral("main_dual"));
    EXPECT_EQ(reloaded.rowVersion, 2);
    e.registrationType = QStringLiteral("single"); // e still carries version 1
    EXPECT_EQ(enrolments.update(e).error().code, Error::Code::Conflict);
}

TEST_F(EnrolmentRepositoryTest, TheCurrentEnrolmentIsTheMainOneBeforeASubsidiary)
{
    Enrolment ap = makeEnrolment(0, m_south, QDate(2024, 1, 8), QDate(), QStringLiteral("subsidiary_dual"));
    ap.pupilId = m_pupil;
    EnrolmentRepository enrolments(db());
    ASSERT_TRUE(enrolments.insert(ap).ok());
    EXPECT_EQ(enrolments.current(m_pupil).value()->id, m_current);
}

} // namespace
} // namespace casebook::test
