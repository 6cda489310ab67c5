// Schema v1: the database file itself refuses nonsense, whatever code writes to it.
// Each test writes raw SQL and checks SQLite's extended result code.

#include "TempDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <gtest/gtest.h>

#include <string>

namespace {

const std::string kAccepted = "accepted";
const std::string kCheck = "275";       // SQLITE_CONSTRAINT_CHECK
const std::string kForeignKey = "787";  // SQLITE_CONSTRAINT_FOREIGNKEY
const std::string kNotNull = "1299";    // SQLITE_CONSTRAINT_NOTNULL
const std::string kPrimaryKey = "1555"; // SQLITE_CONSTRAINT_PRIMARYKEY
const std::string kUnique = "2067";     // SQLITE_CONSTRAINT_UNIQUE
// ON DELETE RESTRICT is enforced by an internal trigger, so SQLite reports SQLITE_CONSTRAINT_TRIGGER
// ("FOREIGN KEY constraint failed"), not 787.
const std::string kRestrict = "1811";

class SchemaConstraintTest : public casebook::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        m_school = insert(QStringLiteral("INSERT INTO schools (urn, laestab, name, phase, school_type) "
                                         "VALUES ('100001', '9992001', 'Oak Primary', 'primary', 'la_maintained')"));
        m_otherSchool = insert(QStringLiteral("INSERT INTO schools (urn, laestab, name, phase, school_type) "
                                              "VALUES ('100002', '9994001', 'Elm Academy', 'secondary', 'academy')"));
        m_pupil = insert(QStringLiteral("INSERT INTO pupils (upn, legal_forename, legal_surname, date_of_birth, sex) "
                                        "VALUES ('B801200005001', 'Sam', 'Jones', '2012-05-01', 'M')"));
        ASSERT_GT(m_school, 0);
        ASSERT_GT(m_otherSchool, 0);
        ASSERT_GT(m_pupil, 0);
    }

    // Runs a statement that must succeed and returns the new row's id.
    qint64 insert(const QString& statement)
    {
        QSqlQuery q(sql());
        if (!q.exec(statement)) {
            ADD_FAILURE() << statement.toStdString() << ": " << q.lastError().text().toStdString();
            return 0;
        }
        return q.lastInsertId().toLongLong();
    }

    // "accepted", or SQLite's extended error code when the statement is refused.
    std::string outcome(const QString& statement)
    {
        QSqlQuery q(sql());
        if (q.exec(statement)) {
            return kAccepted;
        }
        return q.lastError().nativeErrorCode().toStdString();
    }

    qint64 scalar(const QString& statement)
    {
        QSqlQuery q(sql());
        if (!q.exec(statement) || !q.next()) {
            ADD_FAILURE() << statement.toStdString() << ": " << q.lastError().text().toStdString();
            return -1;
        }
        return q.value(0).toLongLong();
    }

    QString suspension(const QString& firstDay, int sessions, const QString& category = QStringLiteral("suspension"))
    {
        return QStringLiteral("INSERT INTO suspensions (pupil_id, school_id, category, first_day, sessions) "
                              "VALUES (%1, %2, '%3', '%4', %5)")
            .arg(m_pupil)
            .arg(m_school)
            .arg(category, firstDay)
            .arg(sessions);
    }

    qint64 addSuspension() { return insert(suspension(QStringLiteral("2024-01-08"), 2)); }

    qint64 addExclusion()
    {
        return insert(QStringLiteral("INSERT INTO permanent_exclusions (pupil_id, school_id, decision_date, "
                                     "effective_date) VALUES (%1, %2, '2024-03-04', '2024-03-05')")
                          .arg(m_pupil)
                          .arg(m_school));
    }

    QString exclusionWith(const QString& columns, const QString& values)
    {
        return QStringLiteral("INSERT INTO permanent_exclusions (pupil_id, school_id, decision_date, effective_date, "
                              "%3) VALUES (%1, %2, '2024-03-04', '2024-03-05', %4)")
            .arg(m_pupil)
            .arg(m_school)
            .arg(columns, values);
    }

    qint64 addMeeting()
    {
        return insert(QStringLiteral("INSERT INTO panel_meetings (meeting_date) VALUES ('2024-02-14')"));
    }

    QString referral(const QString& columns, const QString& values)
    {
        return QStringLiteral("INSERT INTO pip_referrals (pupil_id, school_id, received_on, reason, %3) "
                              "VALUES (%1, %2, '2024-01-20', 'Repeated suspensions', %4)")
            .arg(m_pupil)
            .arg(m_school)
            .arg(columns, values);
    }

    qint64 m_school = 0;
    qint64 m_otherSchool = 0;
    qint64 m_pupil = 0;
};

// ---------------------------------------------------------------------------------------------------------
// CHECK constraints
// ---------------------------------------------------------------------------------------------------------

TEST_F(SchemaConstraintTest, RefusesMalformedUrn)
{
    const QString sqlText = QStringLiteral("INSERT INTO schools (urn, name, phase) VALUES ('%1', 'X', 'primary')");
    for (const char* bad : {"12345", "1234567", "12345a", "012345", " 10003", "1e5000", ""}) {
        EXPECT_EQ(outcome(sqlText.arg(QLatin1String(bad))), kCheck) << "URN '" << bad << "'";
    }
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("100003"))), kAccepted);
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("999999"))), kAccepted);
}

TEST_F(SchemaConstraintTest, RefusesMalformedLaestab)
{
    const QString sqlText =
        QStringLiteral("INSERT INTO schools (urn, laestab, name, phase) VALUES ('%1', '%2', 'X', 'primary')");
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("100010"), QStringLiteral("999200"))), kCheck);
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("100011"), QStringLiteral("99920011"))), kCheck);
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("100012"), QStringLiteral("999A001"))), kCheck);
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("100013"), QStringLiteral("9992002"))), kAccepted);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO schools (urn, name, phase) VALUES ('100014', 'No LAESTAB', 'ap')")),
              kAccepted);
}

TEST_F(SchemaConstraintTest, RefusesUnknownEnumerationValues)
{
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO schools (urn, name, phase) VALUES ('100020', 'X', 'college')")),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO schools (urn, name, phase) VALUES ('100021', 'X', 'Primary')")),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO schools (urn, name, phase, school_type) "
                                     "VALUES ('100022', 'X', 'primary', 'grammar')")),
              kCheck);
    EXPECT_EQ(outcome(suspension(QStringLiteral("2024-01-08"), 1, QStringLiteral("permanent"))), kCheck);
    EXPECT_EQ(outcome(QStringLiteral("UPDATE pupils SET sex = 'X' WHERE id = %1").arg(m_pupil)), kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO users (username, role) VALUES ('root', 'superuser')")), kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO audit_log (action, entity) VALUES ('delete', 'pupil')")), kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO case_notes (pupil_id, noted_on, category, body) "
                                     "VALUES (%1, '2024-01-08', 'gossip', 'x')")
                          .arg(m_pupil)),
              kCheck);
    const qint64 id = addSuspension();
    EXPECT_EQ(
        outcome(QStringLiteral("UPDATE suspensions SET board_review_outcome = 'overturned' WHERE id = %1").arg(id)),
        kCheck);
    EXPECT_EQ(outcome(QStringLiteral("UPDATE suspensions SET start_session = 'lunch' WHERE id = %1").arg(id)), kCheck);
    EXPECT_EQ(outcome(QStringLiteral("UPDATE suspensions SET board_review_outcome = 'upheld' WHERE id = %1").arg(id)),
              kAccepted);
}

TEST_F(SchemaConstraintTest, SessionsAreBetweenOneAndNinety)
{
    EXPECT_EQ(outcome(suspension(QStringLiteral("2024-01-08"), 0)), kCheck);
    EXPECT_EQ(outcome(suspension(QStringLiteral("2024-01-08"), 91)), kCheck);
    EXPECT_EQ(outcome(suspension(QStringLiteral("2024-01-08"), -2)), kCheck);
    EXPECT_EQ(outcome(suspension(QStringLiteral("2024-01-08"), 1)), kAccepted);
    EXPECT_EQ(outcome(suspension(QStringLiteral("2024-01-08"), 90)), kAccepted);
}

TEST_F(SchemaConstraintTest, LunchtimeSuspensionIsOneSession)
{
    EXPECT_EQ(outcome(suspension(QStringLiteral("2024-01-08"), 2, QStringLiteral("lunchtime"))), kCheck);
    EXPECT_EQ(outcome(suspension(QStringLiteral("2024-01-08"), 1, QStringLiteral("lunchtime"))), kAccepted);
}

TEST_F(SchemaConstraintTest, RefusesDatesThatAreNotIsoCalendarDates)
{
    for (const char* bad : {"2024-13-01", "03/09/2024", "2024-9-3", "2024-09-03T00:00:00", "20240903", "", "soon"}) {
        EXPECT_EQ(outcome(suspension(QLatin1String(bad), 2)), kCheck) << "first_day '" << bad << "'";
        EXPECT_EQ(outcome(QStringLiteral("INSERT INTO pupils (legal_forename, legal_surname, date_of_birth) "
                                         "VALUES ('A', 'B', '%1')")
                              .arg(QLatin1String(bad))),
                  kCheck)
            << "date_of_birth '" << bad << "'";
    }
    const qint64 id = addSuspension();
    EXPECT_EQ(outcome(QStringLiteral("UPDATE suspensions SET la_notified_on = '32/01/2024' WHERE id = %1").arg(id)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("UPDATE suspensions SET la_notified_on = '2024-01-09' WHERE id = %1").arg(id)),
              kAccepted);
    EXPECT_EQ(outcome(suspension(QStringLiteral("2024-09-03"), 2)), kAccepted);
}

TEST_F(SchemaConstraintTest, RefusesEndBeforeStart)
{
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date, end_date) "
                                     "VALUES (%1, %2, '2024-09-03', '2024-09-02')")
                          .arg(m_pupil)
                          .arg(m_school)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date, end_date) "
                                     "VALUES (%1, %2, '2024-09-03', '2024-09-03')")
                          .arg(m_pupil)
                          .arg(m_school)),
              kAccepted);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO term_dates (academic_year, term, first_day, last_day) "
                                     "VALUES ('2024/25', 'autumn', '2024-12-20', '2024-09-03')")),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO non_school_days (kind, first_day, last_day) "
                                     "VALUES ('half_term', '2024-10-28', '2024-10-25')")),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO pupil_characteristics (pupil_id, kind, value, valid_from, valid_to) "
                                     "VALUES (%1, 'fsm', '1', '2024-01-01', '2023-12-31')")
                          .arg(m_pupil)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO permanent_exclusions (pupil_id, school_id, decision_date, "
                                     "effective_date) VALUES (%1, %2, '2024-03-04', '2024-03-01')")
                          .arg(m_pupil)
                          .arg(m_school)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO psps (pupil_id, school_id, start_date, planned_end_date) "
                                     "VALUES (%1, %2, '2024-01-08', '2023-12-01')")
                          .arg(m_pupil)
                          .arg(m_school)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO ap_placements (pupil_id, provider_name, start_date, end_date) "
                                     "VALUES (%1, 'Hub', '2024-01-08', '2024-01-05')")
                          .arg(m_pupil)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO ehe_cme_registrations (pupil_id, kind, registered_on, ended_on) "
                                     "VALUES (%1, 'ehe', '2024-01-08', '2024-01-05')")
                          .arg(m_pupil)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO schools (urn, name, phase, opened_on, closed_on) "
                                     "VALUES ('100030', 'X', 'primary', '2010-09-01', '2009-08-31')")),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO reason_codes (code, description, valid_from, valid_to) "
                                     "VALUES ('ZZ', 'Test', '2024-09-01', '2024-08-31')")),
              kCheck);
}

TEST_F(SchemaConstraintTest, AppealStepsFollowEachOther)
{
    EXPECT_EQ(outcome(exclusionWith(QStringLiteral("irp_application_on, irp_meeting_on"),
                                    QStringLiteral("'2024-04-10', '2024-04-09'"))),
              kCheck);
    EXPECT_EQ(outcome(exclusionWith(QStringLiteral("board_meeting_on"), QStringLiteral("'2024-03-01'"))), kCheck);
    EXPECT_EQ(outcome(exclusionWith(QStringLiteral("board_outcome, irp_application_on"),
                                    QStringLiteral("'reinstated', '2024-04-10'"))),
              kCheck);
    EXPECT_EQ(outcome(exclusionWith(QStringLiteral("irp_outcome, reconsideration_outcome"),
                                    QStringLiteral("'upheld', 'reinstated'"))),
              kCheck);
    EXPECT_EQ(outcome(exclusionWith(QStringLiteral("irp_outcome"), QStringLiteral("'overturned'"))), kCheck);
    EXPECT_EQ(outcome(exclusionWith(
                  QStringLiteral("board_meeting_on, board_outcome, board_decision_notice_sent_on, "
                                 "irp_application_on, irp_meeting_on, irp_outcome, irp_decision_on, "
                                 "reconsideration_on, reconsideration_outcome"),
                  QStringLiteral("'2024-03-18', 'upheld', '2024-03-19', '2024-04-02', '2024-04-22', "
                                 "'quash_direct_reconsideration', '2024-04-23', '2024-05-03', 'reinstated'"))),
              kAccepted);
}

TEST_F(SchemaConstraintTest, VoidingNeedsAReason)
{
    const QString caseNote = QStringLiteral("INSERT INTO case_notes (pupil_id, noted_on, body) "
                                            "VALUES (%1, '2024-01-08', 'Phoned mum')")
                                 .arg(m_pupil);
    const QString enrolment = QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) "
                                             "VALUES (%1, %2, '2023-09-04')")
                                  .arg(m_pupil)
                                  .arg(m_school);
    const struct
    {
        QString table;
        qint64 id;
    } records[] = {
        {QStringLiteral("suspensions"), addSuspension()},
        {QStringLiteral("permanent_exclusions"), addExclusion()},
        {QStringLiteral("case_notes"), insert(caseNote)},
        {QStringLiteral("enrolments"), insert(enrolment)},
        {QStringLiteral("pupils"), m_pupil},
    };
    for (const auto& r : records) {
        const std::string table = r.table.toStdString();
        EXPECT_EQ(outcome(QStringLiteral("UPDATE %1 SET voided_at = '2024-02-01T10:00:00Z' WHERE id = %2")
                              .arg(r.table)
                              .arg(r.id)),
                  kCheck)
            << table;
        EXPECT_EQ(outcome(QStringLiteral("UPDATE %1 SET voided_at = '2024-02-01T10:00:00Z', void_reason = '  ' "
                                         "WHERE id = %2")
                              .arg(r.table)
                              .arg(r.id)),
                  kCheck)
            << table;
        EXPECT_EQ(outcome(QStringLiteral("UPDATE %1 SET voided_at = '2024-02-01T10:00:00Z', "
                                         "void_reason = 'Entered against the wrong pupil' WHERE id = %2")
                              .arg(r.table)
                              .arg(r.id)),
                  kAccepted)
            << table;
    }
}

TEST_F(SchemaConstraintTest, CharacteristicValuesFitTheirKind)
{
    const QString sqlText = QStringLiteral("INSERT INTO pupil_characteristics (pupil_id, kind, value, valid_from) "
                                           "VALUES (%1, '%2', '%3', '%4')");
    const QString pupil = QString::number(m_pupil);
    EXPECT_EQ(outcome(sqlText.arg(pupil, QStringLiteral("sen"), QStringLiteral("X"), QStringLiteral("2023-09-01"))),
              kCheck);
    EXPECT_EQ(outcome(sqlText.arg(pupil, QStringLiteral("sen"), QStringLiteral("1"), QStringLiteral("2023-09-01"))),
              kCheck);
    EXPECT_EQ(outcome(sqlText.arg(pupil, QStringLiteral("fsm"), QStringLiteral("K"), QStringLiteral("2023-09-01"))),
              kCheck);
    EXPECT_EQ(outcome(sqlText.arg(pupil, QStringLiteral("gifted"), QStringLiteral("1"), QStringLiteral("2023-09-01"))),
              kCheck);
    EXPECT_EQ(outcome(sqlText.arg(pupil, QStringLiteral("sen"), QStringLiteral("K"), QStringLiteral("2023-09-01"))),
              kAccepted);
    EXPECT_EQ(outcome(sqlText.arg(pupil, QStringLiteral("sen"), QStringLiteral("E"), QStringLiteral("2024-03-01"))),
              kAccepted);
    EXPECT_EQ(outcome(sqlText.arg(pupil, QStringLiteral("fsm"), QStringLiteral("1"), QStringLiteral("2023-09-01"))),
              kAccepted);
    EXPECT_EQ(
        outcome(sqlText.arg(pupil, QStringLiteral("looked_after"), QStringLiteral("0"), QStringLiteral("2023-09-01"))),
        kAccepted);
}

TEST_F(SchemaConstraintTest, UpnHasTheDfEShape)
{
    const QString sqlText = QStringLiteral("INSERT INTO pupils (upn, upn_is_temporary, legal_forename, legal_surname, "
                                           "date_of_birth) VALUES ('%1', %2, 'A', 'B', '2012-01-01')");
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("B80120000500")).arg(0)), kCheck);   // 12 characters
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("B8012000050011")).arg(0)), kCheck); // 14 characters
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("b801200005002")).arg(0)), kCheck);  // lower case
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("I801200005002")).arg(0)), kCheck);  // I is never a check letter
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("B8012000X5002")).arg(0)), kCheck);  // letter in the middle
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("B80120000500A")).arg(0)), kCheck);  // temporary, flag says not
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("C801200005002")).arg(1)), kCheck);  // permanent, flag says temporary
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("B80120000500A")).arg(1)), kAccepted);
    EXPECT_EQ(outcome(sqlText.arg(QStringLiteral("C801200005002")).arg(0)), kAccepted);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO pupils (upn_is_temporary, legal_forename, legal_surname, "
                                     "date_of_birth) VALUES (1, 'A', 'B', '2012-01-01')")),
              kCheck); // temporary flag without a UPN
}

TEST_F(SchemaConstraintTest, AcademicYearIsYyyySlashYy)
{
    const QString sqlText = QStringLiteral("INSERT INTO school_rolls (school_id, academic_year, headcount) "
                                           "VALUES (%1, '%2', 420)");
    const QString school = QString::number(m_school);
    for (const char* bad : {"2023/25", "2023-24", "23/24", "2023/2024", "202a/24", "2023/2"}) {
        EXPECT_EQ(outcome(sqlText.arg(school, QLatin1String(bad))), kCheck) << bad;
    }
    EXPECT_EQ(outcome(sqlText.arg(school, QStringLiteral("2023/24"))), kAccepted);
    EXPECT_EQ(outcome(sqlText.arg(school, QStringLiteral("1999/00"))), kAccepted);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO national_rates (academic_year, measure, value) "
                                     "VALUES ('2024/26', 'suspension_rate', 1.0)")),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO academic_years (label) VALUES ('2024-25')")), kCheck);
}

TEST_F(SchemaConstraintTest, RefusesImpossibleNumbers)
{
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO school_rolls (school_id, academic_year, headcount) "
                                     "VALUES (%1, '2023/24', -1)")
                          .arg(m_school)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO school_roll_year_groups (school_id, academic_year, nc_year, "
                                     "headcount) VALUES (%1, '2023/24', 15, 30)")
                          .arg(m_school)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO school_roll_year_groups (school_id, academic_year, nc_year, "
                                     "headcount) VALUES (%1, '2023/24', -2, 30)")
                          .arg(m_school)),
              kAccepted);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO national_rates (academic_year, measure, value) "
                                     "VALUES ('2024/25', 'suspension_rate', -0.5)")),
              kCheck);
    const QString ap = QStringLiteral("INSERT INTO ap_placements (pupil_id, provider_name, start_date, "
                                      "days_per_week, cost_pence) VALUES (%1, 'Hub', '2024-01-08', %2, %3)");
    const QString pupil = QString::number(m_pupil);
    EXPECT_EQ(outcome(ap.arg(pupil, QStringLiteral("6"), QStringLiteral("100"))), kCheck);
    EXPECT_EQ(outcome(ap.arg(pupil, QStringLiteral("0.25"), QStringLiteral("100"))), kCheck);
    EXPECT_EQ(outcome(ap.arg(pupil, QStringLiteral("2.5"), QStringLiteral("-1"))), kCheck);
    EXPECT_EQ(outcome(ap.arg(pupil, QStringLiteral("2.5"), QStringLiteral("1250000"))), kAccepted);
    const qint64 id = addSuspension();
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO suspension_reasons (suspension_id, position, code) "
                                     "VALUES (%1, 4, 'DB')")
                          .arg(id)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO suspension_reasons (suspension_id, position, code) "
                                     "VALUES (%1, 0, 'DB')")
                          .arg(id)),
              kCheck);
}

TEST_F(SchemaConstraintTest, RefusesPlacementToTheSameSchool)
{
    const QString sqlText = QStringLiteral("INSERT INTO placements (pupil_id, kind, from_school_id, to_school_id, "
                                           "start_date) VALUES (%1, 'managed_move', %2, %3, '2024-02-01')");
    EXPECT_EQ(outcome(sqlText.arg(m_pupil).arg(m_school).arg(m_school)), kCheck);
    EXPECT_EQ(outcome(sqlText.arg(m_pupil).arg(m_school).arg(m_otherSchool)), kAccepted);
}

TEST_F(SchemaConstraintTest, ReferralWorkflowStaysCoherent)
{
    EXPECT_EQ(outcome(referral(QStringLiteral("status"), QStringLiteral("'on_agenda'"))), kCheck);
    EXPECT_EQ(outcome(referral(QStringLiteral("agenda_position"), QStringLiteral("1"))), kCheck);
    EXPECT_EQ(outcome(referral(QStringLiteral("status"), QStringLiteral("'decided'"))), kCheck);
    EXPECT_EQ(outcome(referral(QStringLiteral("decision"), QStringLiteral("'expel'"))), kCheck);
    EXPECT_EQ(outcome(referral(QStringLiteral("decision_on"), QStringLiteral("'2024-01-19'"))), kCheck);
    const qint64 meeting = addMeeting();
    EXPECT_EQ(outcome(referral(QStringLiteral("meeting_id, agenda_position, status"),
                               QStringLiteral("%1, 1, 'on_agenda'").arg(meeting))),
              kAccepted);
    EXPECT_EQ(outcome(referral(QStringLiteral("meeting_id, agenda_position, status, decision, decision_on"),
                               QStringLiteral("%1, 2, 'decided', 'outreach_support', '2024-02-14'").arg(meeting))),
              kAccepted);
}

TEST_F(SchemaConstraintTest, RefusesBlankText)
{
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO case_notes (pupil_id, noted_on, body) VALUES (%1, '2024-01-08', '')")
                          .arg(m_pupil)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO case_notes (pupil_id, noted_on, body) "
                                     "VALUES (%1, '2024-01-08', '   ')")
                          .arg(m_pupil)),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO schools (urn, name, phase) VALUES ('100040', ' ', 'primary')")),
              kCheck);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO pupils (legal_forename, legal_surname, date_of_birth) "
                                     "VALUES ('', 'B', '2012-01-01')")),
              kCheck);
}

TEST_F(SchemaConstraintTest, RefusesMissingRequiredValues)
{
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO pupils (legal_forename, legal_surname) VALUES ('A', 'B')")),
              kNotNull);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO suspensions (pupil_id, school_id, sessions) VALUES (%1, %2, 2)")
                          .arg(m_pupil)
                          .arg(m_school)),
              kNotNull);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO suspensions (pupil_id, first_day, sessions) "
                                     "VALUES (%1, '2024-01-08', 2)")
                          .arg(m_pupil)),
              kNotNull);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO pip_actions (referral_id, description, due_on) "
                                     "VALUES (1, 'Call', '2024-03-01')")),
              kNotNull);
}

// ---------------------------------------------------------------------------------------------------------
// Foreign keys
// ---------------------------------------------------------------------------------------------------------

TEST_F(SchemaConstraintTest, RefusesReferencesToMissingRows)
{
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO suspensions (pupil_id, school_id, first_day, sessions) "
                                     "VALUES (9999, %1, '2024-01-08', 2)")
                          .arg(m_school)),
              kForeignKey);
    const qint64 id = addSuspension();
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO suspension_reasons (suspension_id, position, code) "
                                     "VALUES (%1, 1, 'ZZ')")
                          .arg(id)),
              kForeignKey);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO suspension_reasons (suspension_id, position, code) "
                                     "VALUES (%1, 1, 'DB')")
                          .arg(id)),
              kAccepted);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) "
                                     "VALUES (%1, 9999, '2023-09-04')")
                          .arg(m_pupil)),
              kForeignKey);
    EXPECT_EQ(outcome(QStringLiteral("UPDATE pupils SET ethnicity_code = 'XXXX' WHERE id = %1").arg(m_pupil)),
              kForeignKey);
    EXPECT_EQ(outcome(QStringLiteral("UPDATE pupils SET ethnicity_code = 'WBRI' WHERE id = %1").arg(m_pupil)),
              kAccepted);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO case_notes (pupil_id, noted_on, body, author_user_id) "
                                     "VALUES (%1, '2024-01-08', 'x', 9999)")
                          .arg(m_pupil)),
              kForeignKey);
    EXPECT_EQ(outcome(referral(QStringLiteral("meeting_id"), QStringLiteral("9999"))), kForeignKey);
}

// ---------------------------------------------------------------------------------------------------------
// ON DELETE: CASCADE for pure child rows, RESTRICT for everything a case depends on
// ---------------------------------------------------------------------------------------------------------

TEST_F(SchemaConstraintTest, DeletingASuspensionRemovesItsReasons)
{
    const qint64 kept = addSuspension();
    const qint64 removed = addSuspension();
    for (const qint64 id : {kept, removed}) {
        insert(QStringLiteral("INSERT INTO suspension_reasons (suspension_id, position, code) VALUES (%1, 1, 'DB')")
                   .arg(id));
        insert(QStringLiteral("INSERT INTO suspension_reasons (suspension_id, position, code) VALUES (%1, 2, 'VA')")
                   .arg(id));
    }
    ASSERT_EQ(count(QStringLiteral("suspension_reasons")), 4);
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM suspensions WHERE id = %1").arg(removed)), kAccepted);
    EXPECT_EQ(count(QStringLiteral("suspension_reasons")), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM suspension_reasons WHERE suspension_id = %1").arg(kept)), 2);
}

TEST_F(SchemaConstraintTest, DeletingAnExclusionRemovesItsReasons)
{
    const qint64 id = addExclusion();
    insert(QStringLiteral("INSERT INTO permanent_exclusion_reasons (permanent_exclusion_id, position, code) "
                          "VALUES (%1, 1, 'PA')")
               .arg(id));
    ASSERT_EQ(count(QStringLiteral("permanent_exclusion_reasons")), 1);
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM permanent_exclusions WHERE id = %1").arg(id)), kAccepted);
    EXPECT_EQ(count(QStringLiteral("permanent_exclusion_reasons")), 0);
}

TEST_F(SchemaConstraintTest, DeletingAPspRemovesItsReviews)
{
    const qint64 psp = insert(QStringLiteral("INSERT INTO psps (pupil_id, school_id, start_date) "
                                             "VALUES (%1, %2, '2024-01-08')")
                                  .arg(m_pupil)
                                  .arg(m_school));
    insert(QStringLiteral("INSERT INTO psp_reviews (psp_id, due_on) VALUES (%1, '2024-03-01')").arg(psp));
    insert(QStringLiteral("INSERT INTO psp_reviews (psp_id, due_on) VALUES (%1, '2024-04-26')").arg(psp));
    ASSERT_EQ(count(QStringLiteral("psp_reviews")), 2);
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM psps WHERE id = %1").arg(psp)), kAccepted);
    EXPECT_EQ(count(QStringLiteral("psp_reviews")), 0);
}

TEST_F(SchemaConstraintTest, DeletingAReferralRemovesItsActions)
{
    const qint64 ref = insert(referral(QStringLiteral("evidence"), QStringLiteral("'PSP attached'")));
    insert(QStringLiteral("INSERT INTO pip_actions (referral_id, description, owner, due_on) "
                          "VALUES (%1, 'Arrange EP visit', 'J Smith', '2024-03-01')")
               .arg(ref));
    ASSERT_EQ(count(QStringLiteral("pip_actions")), 1);
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM pip_referrals WHERE id = %1").arg(ref)), kAccepted);
    EXPECT_EQ(count(QStringLiteral("pip_actions")), 0);
}

TEST_F(SchemaConstraintTest, APupilWithCaseRecordsCannotBeDeleted)
{
    const qint64 id = addSuspension();
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM pupils WHERE id = %1").arg(m_pupil)), kRestrict);
    EXPECT_EQ(count(QStringLiteral("pupils")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM suspensions WHERE id = %1").arg(id)), 1);

    const qint64 other = insert(QStringLiteral("INSERT INTO pupils (legal_forename, legal_surname, date_of_birth) "
                                               "VALUES ('Ali', 'Khan', '2011-02-03')"));
    insert(
        QStringLiteral("INSERT INTO case_notes (pupil_id, noted_on, body) VALUES (%1, '2024-01-08', 'x')").arg(other));
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM pupils WHERE id = %1").arg(other)), kRestrict);
}

TEST_F(SchemaConstraintTest, APupilWithoutCaseRecordsTakesContactsAndCharacteristics)
{
    const qint64 other = insert(QStringLiteral("INSERT INTO pupils (legal_forename, legal_surname, date_of_birth) "
                                               "VALUES ('Ali', 'Khan', '2011-02-03')"));
    insert(QStringLiteral("INSERT INTO contacts (pupil_id, name, is_primary) VALUES (%1, 'Mrs Khan', 1)").arg(other));
    insert(QStringLiteral("INSERT INTO pupil_characteristics (pupil_id, kind, value, valid_from) "
                          "VALUES (%1, 'sen', 'K', '2023-09-01')")
               .arg(other));
    insert(QStringLiteral("INSERT INTO contacts (pupil_id, name) VALUES (%1, 'Mr Jones')").arg(m_pupil));
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM pupils WHERE id = %1").arg(other)), kAccepted);
    EXPECT_EQ(count(QStringLiteral("contacts")), 1);
    EXPECT_EQ(count(QStringLiteral("pupil_characteristics")), 0);
}

TEST_F(SchemaConstraintTest, ASchoolWithRecordsCannotBeDeleted)
{
    insert(QStringLiteral("INSERT INTO school_rolls (school_id, academic_year, headcount) VALUES (%1, '2023/24', 420)")
               .arg(m_otherSchool));
    insert(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) VALUES (%1, %2, '2023-09-04')")
               .arg(m_pupil)
               .arg(m_school));
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM schools WHERE id = %1").arg(m_school)), kRestrict);
    // A school nothing depends on goes, and its census rolls with it.
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM schools WHERE id = %1").arg(m_otherSchool)), kAccepted);
    EXPECT_EQ(count(QStringLiteral("school_rolls")), 0);
}

TEST_F(SchemaConstraintTest, ReferenceRowsInUseCannotBeDeleted)
{
    const qint64 id = addSuspension();
    insert(
        QStringLiteral("INSERT INTO suspension_reasons (suspension_id, position, code) VALUES (%1, 1, 'DB')").arg(id));
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM reason_codes WHERE code = 'DB'")), kRestrict);
    EXPECT_EQ(outcome(QStringLiteral("UPDATE pupils SET ethnicity_code = 'WBRI' WHERE id = %1").arg(m_pupil)),
              kAccepted);
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM ethnicity_codes WHERE code = 'WBRI'")), kRestrict);

    const qint64 meeting = addMeeting();
    insert(referral(QStringLiteral("meeting_id, agenda_position, status"),
                    QStringLiteral("%1, 1, 'on_agenda'").arg(meeting)));
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM panel_meetings WHERE id = %1").arg(meeting)), kRestrict);

    const qint64 user = insert(QStringLiteral("INSERT INTO users (username, display_name) VALUES ('jsmith', 'J')"));
    insert(QStringLiteral("INSERT INTO case_notes (pupil_id, noted_on, body, author_user_id) "
                          "VALUES (%1, '2024-01-08', 'x', %2)")
               .arg(m_pupil)
               .arg(user));
    EXPECT_EQ(outcome(QStringLiteral("DELETE FROM users WHERE id = %1").arg(user)), kRestrict);
}

// ---------------------------------------------------------------------------------------------------------
// UNIQUE and PRIMARY KEY
// ---------------------------------------------------------------------------------------------------------

TEST_F(SchemaConstraintTest, UpnIsUniqueButMayBeMissing)
{
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO pupils (upn, legal_forename, legal_surname, date_of_birth) "
                                     "VALUES ('B801200005001', 'Other', 'Child', '2012-05-01')")),
              kUnique);
    const QString noUpn = QStringLiteral("INSERT INTO pupils (legal_forename, legal_surname, date_of_birth) "
                                         "VALUES ('No', 'Upn', '2012-05-01')");
    EXPECT_EQ(outcome(noUpn), kAccepted);
    EXPECT_EQ(outcome(noUpn), kAccepted);
}

TEST_F(SchemaConstraintTest, NaturalKeysAreUnique)
{
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO schools (urn, name, phase) VALUES ('100001', 'Copy', 'primary')")),
              kUnique);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO schools (urn, laestab, name, phase) "
                                     "VALUES ('100050', '9992001', 'Copy', 'primary')")),
              kUnique);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO users (username) VALUES ('jsmith')")), kAccepted);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO users (username) VALUES ('JSmith')")), kUnique);
    const QString term = QStringLiteral("INSERT INTO term_dates (academic_year, term, first_day, last_day) "
                                        "VALUES ('2024/25', 'autumn', '2024-09-03', '2024-12-20')");
    EXPECT_EQ(outcome(term), kAccepted);
    EXPECT_EQ(outcome(term), kUnique);
    const QString sen = QStringLiteral("INSERT INTO pupil_characteristics (pupil_id, kind, value, valid_from) "
                                       "VALUES (%1, 'sen', 'K', '2023-09-01')")
                            .arg(m_pupil);
    EXPECT_EQ(outcome(sen), kAccepted);
    EXPECT_EQ(outcome(sen), kUnique);
    const QString roll = QStringLiteral("INSERT INTO school_rolls (school_id, academic_year, headcount) "
                                        "VALUES (%1, '2023/24', 420)")
                             .arg(m_school);
    EXPECT_EQ(outcome(roll), kAccepted);
    EXPECT_EQ(outcome(roll), kPrimaryKey);
    EXPECT_EQ(outcome(QStringLiteral("INSERT INTO settings (key, value) VALUES ('la_name', 'Again')")), kPrimaryKey);
}

TEST_F(SchemaConstraintTest, AReasonIsGivenOncePerSuspension)
{
    const qint64 id = addSuspension();
    const QString reason = QStringLiteral("INSERT INTO suspension_reasons (suspension_id, position, code) "
                                          "VALUES (%1, %2, '%3')");
    EXPECT_EQ(outcome(reason.arg(id).arg(1).arg(QStringLiteral("DB"))), kAccepted);
    EXPECT_EQ(outcome(reason.arg(id).arg(2).arg(QStringLiteral("DB"))), kUnique);
    EXPECT_EQ(outcome(reason.arg(id).arg(1).arg(QStringLiteral("VA"))), kPrimaryKey);
    EXPECT_EQ(outcome(reason.arg(id).arg(2).arg(QStringLiteral("VA"))), kAccepted);
}

TEST_F(SchemaConstraintTest, AnAgendaPositionIsTakenOncePerMeeting)
{
    const qint64 meeting = addMeeting();
    const qint64 second = addMeeting();
    const QString onAgenda = QStringLiteral("%1, %2, 'on_agenda'");
    EXPECT_EQ(outcome(referral(QStringLiteral("meeting_id, agenda_position, status"), onAgenda.arg(meeting).arg(1))),
              kAccepted);
    EXPECT_EQ(outcome(referral(QStringLiteral("meeting_id, agenda_position, status"), onAgenda.arg(meeting).arg(1))),
              kUnique);
    EXPECT_EQ(outcome(referral(QStringLiteral("meeting_id, agenda_position, status"), onAgenda.arg(second).arg(1))),
              kAccepted);
    // Referrals not yet on an agenda do not collide.
    EXPECT_EQ(outcome(referral(QStringLiteral("status"), QStringLiteral("'received'"))), kAccepted);
    EXPECT_EQ(outcome(referral(QStringLiteral("status"), QStringLiteral("'received'"))), kAccepted);
}

} // namespace
