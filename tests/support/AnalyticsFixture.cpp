#include "AnalyticsFixture.h"

#include "Builders.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace casebook::test {

qint64 AnalyticsFixture::insert(const QString& statement)
{
    QSqlQuery q(sql());
    if (!q.exec(statement)) {
        ADD_FAILURE() << statement.toStdString() << ": " << q.lastError().text().toStdString();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 AnalyticsFixture::pupil(const QString& name, const QString& sex, const QString& dob, const QString& ethnicity)
{
    return insert(
        QStringLiteral("INSERT INTO pupils (legal_forename, legal_surname, date_of_birth, sex, "
                       "ethnicity_code) VALUES ('%1', 'Test', '%2', '%3', %4)")
            .arg(name, dob, sex, ethnicity.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(ethnicity)));
}

qint64 AnalyticsFixture::suspension(qint64 pupil, qint64 school, const QString& firstDay, int sessions,
                                    const QStringList& reasons)
{
    const qint64 id = insert(QStringLiteral("INSERT INTO suspensions (pupil_id, school_id, first_day, sessions) "
                                            "VALUES (%1, %2, '%3', %4)")
                                 .arg(pupil)
                                 .arg(school)
                                 .arg(firstDay)
                                 .arg(sessions));
    for (int i = 0; i < reasons.size(); ++i) {
        insert(QStringLiteral("INSERT INTO suspension_reasons (suspension_id, position, code) VALUES (%1, %2, '%3')")
                   .arg(id)
                   .arg(i + 1)
                   .arg(reasons.at(i)));
    }
    return id;
}

qint64 AnalyticsFixture::exclusion(qint64 pupil, qint64 school, const QString& decided, const QStringList& reasons)
{
    const qint64 id = insert(QStringLiteral("INSERT INTO permanent_exclusions (pupil_id, school_id, decision_date, "
                                            "effective_date) VALUES (%1, %2, '%3', '%3')")
                                 .arg(pupil)
                                 .arg(school)
                                 .arg(decided));
    for (int i = 0; i < reasons.size(); ++i) {
        insert(QStringLiteral("INSERT INTO permanent_exclusion_reasons (permanent_exclusion_id, position, code) "
                              "VALUES (%1, %2, '%3')")
                   .arg(id)
                   .arg(i + 1)
                   .arg(reasons.at(i)));
    }
    return id;
}

void AnalyticsFixture::enrol(qint64 pupil, qint64 school, const QString& start, const QString& end,
                             const QString& leavingReason, qint64 destination)
{
    auto textOrNull = [](const QString& v) {
        return v.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(v);
    };
    insert(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date, end_date, leaving_reason, "
                          "destination_school_id) VALUES (%1, %2, '%3', %4, %5, %6)")
               .arg(pupil)
               .arg(school)
               .arg(start, textOrNull(end), textOrNull(leavingReason),
                    destination == 0 ? QStringLiteral("NULL") : QString::number(destination)));
}

void AnalyticsFixture::SetUp()
{
    DatabaseTest::SetUp();
    insert(QStringLiteral("INSERT INTO term_dates (academic_year, term, first_day, last_day) VALUES "
                          "('2023/24', 'summer', '2024-04-15', '2024-07-19')"));
    m_north = insert(QStringLiteral("INSERT INTO schools (urn, name, phase, locality) VALUES ('137001', 'North', "
                                    "'secondary', 'Riverside')"));
    m_south = insert(QStringLiteral("INSERT INTO schools (urn, name, phase, locality) VALUES ('137002', 'South', "
                                    "'secondary', 'Hillside')"));
    m_east = insert(QStringLiteral("INSERT INTO schools (urn, name, phase, locality, opened_on) VALUES ('137003', "
                                   "'East', 'secondary', 'Riverside', '2024-11-04')"));
    ASSERT_TRUE(loadFixtureTermDates(db())); // after the schools: it holds a closure day for North
    insert(QStringLiteral("INSERT INTO school_rolls (school_id, academic_year, headcount) VALUES (%1, '2024/25', 400), "
                          "(%2, '2024/25', 200), (%3, '2024/25', 100)")
               .arg(m_north)
               .arg(m_south)
               .arg(m_east));
    insert(QStringLiteral("INSERT INTO school_roll_year_groups (school_id, academic_year, nc_year, headcount) VALUES "
                          "(%1, '2024/25', 10, 80), (%1, '2024/25', 11, 70), (%2, '2024/25', 10, 200), "
                          "(%2, '2024/25', 11, 200)")
               .arg(m_north)
               .arg(m_south));

    m_ann = pupil(QStringLiteral("Ann"), QStringLiteral("F"), QStringLiteral("2010-03-01"), QStringLiteral("WBRI"));
    m_ben = pupil(QStringLiteral("Ben"), QStringLiteral("M"), QStringLiteral("2011-01-10"));
    m_cal = pupil(QStringLiteral("Cal"), QStringLiteral("M"), QStringLiteral("2009-05-05"));
    m_dee = pupil(QStringLiteral("Dee"), QStringLiteral("F"), QStringLiteral("2010-06-06"));
    m_eve = pupil(QStringLiteral("Eve"), QStringLiteral("F"), QStringLiteral("2009-03-03"));
    m_fay = pupil(QStringLiteral("Fay"), QStringLiteral("F"), QStringLiteral("2010-01-01"));
    m_hal = pupil(QStringLiteral("Hal"), QStringLiteral("M"), QStringLiteral("2010-02-02"));
    m_gus = pupil(QStringLiteral("Gus"), QStringLiteral("M"), QStringLiteral("2010-04-04"));
    insert(QStringLiteral("INSERT INTO pupil_characteristics (pupil_id, kind, value, valid_from) VALUES "
                          "(%1, 'sen', 'K', '2024-09-01'), (%1, 'fsm', '1', '2024-09-01'), (%2, 'fsm', '0', "
                          "'2024-09-01')")
               .arg(m_ann)
               .arg(m_fay));

    // On roll on census day (16/01/2025) at North: Ann, Ben, Eve, Fay. At South: Cal, Gus. At East: Dee.
    enrol(m_ann, m_north, QStringLiteral("2024-09-01"));
    enrol(m_ben, m_north, QStringLiteral("2024-09-01"));
    enrol(m_eve, m_north, QStringLiteral("2024-09-01"), QStringLiteral("2025-02-01"),
          QStringLiteral("elective_home_education"));
    enrol(m_fay, m_north, QStringLiteral("2024-09-01"), QStringLiteral("2025-03-01"), QStringLiteral("unknown"));
    enrol(m_hal, m_north, QStringLiteral("2024-09-01"), QStringLiteral("2024-12-01"), QStringLiteral("other"));
    enrol(m_cal, m_south, QStringLiteral("2024-09-01"));
    enrol(m_gus, m_south, QStringLiteral("2024-09-01"), QStringLiteral("2025-03-01"), QStringLiteral("unknown"));
    enrol(m_dee, m_east, QStringLiteral("2024-11-04"), QStringLiteral("2025-03-01"), QStringLiteral("moved_school"),
          m_south);

    // North: autumn 3 (Ann 4 sessions DB+VA, Ann 2 DB, Ben 6 PP+DB); spring 2 (Ann 2 DB, Eve 2 VA).
    suspension(m_ann, m_north, QStringLiteral("2024-09-10"), 4, {QStringLiteral("DB"), QStringLiteral("VA")});
    suspension(m_ann, m_north, QStringLiteral("2024-11-12"), 2, {QStringLiteral("DB")});
    suspension(m_ben, m_north, QStringLiteral("2024-12-02"), 6, {QStringLiteral("PP"), QStringLiteral("DB")});
    suspension(m_ann, m_north, QStringLiteral("2025-02-03"), 2, {QStringLiteral("DB")});
    suspension(m_eve, m_north, QStringLiteral("2025-01-20"), 2, {QStringLiteral("VA")});
    // Never counted: a voided suspension and one cancelled before it began.
    const qint64 voided = suspension(m_ben, m_north, QStringLiteral("2024-10-02"), 2, {QStringLiteral("DB")});
    insert(QStringLiteral("UPDATE suspensions SET voided_at = '2024-10-03T09:00:00Z', void_reason = 'twice' WHERE id = "
                          "%1")
               .arg(voided));
    const qint64 cancelled = suspension(m_ben, m_north, QStringLiteral("2024-10-10"), 2, {QStringLiteral("DB")});
    insert(QStringLiteral("UPDATE suspensions SET cancelled_on = '2024-10-10' WHERE id = %1").arg(cancelled));
    // 2023/24 summer (no roll): one at North.
    suspension(m_ann, m_north, QStringLiteral("2024-05-01"), 2, {QStringLiteral("DB")});
    // South: Cal in the autumn, Ben (86 sessions: 92 in the year with North's 6, over 45 days) in the spring.
    suspension(m_cal, m_south, QStringLiteral("2024-10-01"), 2, {QStringLiteral("DM")});
    suspension(m_ben, m_south, QStringLiteral("2025-01-13"), 86, {QStringLiteral("PA")});
    // East opened 04/11/2024: the October record does not count, the November one does.
    suspension(m_dee, m_east, QStringLiteral("2024-10-01"), 2, {QStringLiteral("DB")});
    suspension(m_dee, m_east, QStringLiteral("2024-11-12"), 1, {QStringLiteral("DB")});

    // Permanent exclusions: Ben at North in the spring (reinstated by the board: still counted), Cal at South in
    // the summer, and Ann's withdrawn one (not counted).
    const qint64 ben = exclusion(m_ben, m_north, QStringLiteral("2025-03-03"), {QStringLiteral("PA")});
    insert(QStringLiteral("UPDATE permanent_exclusions SET board_meeting_on = '2025-03-10', board_outcome = "
                          "'reinstated' WHERE id = %1")
               .arg(ben));
    exclusion(m_cal, m_south, QStringLiteral("2025-05-01"), {QStringLiteral("VA")});
    const qint64 withdrawn = exclusion(m_ann, m_north, QStringLiteral("2025-03-10"), {QStringLiteral("DB")});
    insert(QStringLiteral("UPDATE permanent_exclusions SET withdrawn_on = '2025-03-11' WHERE id = %1").arg(withdrawn));

    // Support: Ben was referred to the panel before his exclusion; Cal only after his (a voided referral before it
    // does not count), and his PSP began the day he was excluded.
    const qint64 meeting =
        insert(QStringLiteral("INSERT INTO panel_meetings (meeting_date, status) VALUES ('2025-02-10', 'held')"));
    insert(QStringLiteral("INSERT INTO pip_referrals (pupil_id, school_id, received_on, reason, meeting_id, "
                          "agenda_position, status, decision, decision_on) VALUES (%1, %2, '2025-01-15', 'behaviour', "
                          "%3, 1, 'decided', 'outreach_support', '2025-02-10')")
               .arg(m_ben)
               .arg(m_north)
               .arg(meeting));
    insert(QStringLiteral("INSERT INTO pip_referrals (pupil_id, school_id, received_on, reason, status) VALUES "
                          "(%1, %2, '2025-02-01', 'behaviour', 'withdrawn'), (%3, %4, '2025-05-02', 'behaviour', "
                          "'received')")
               .arg(m_ann)
               .arg(m_north)
               .arg(m_cal)
               .arg(m_south));
    insert(QStringLiteral("INSERT INTO pip_referrals (pupil_id, school_id, received_on, reason, voided_at, "
                          "void_reason) VALUES (%1, %2, '2025-04-02', 'behaviour', '2025-04-03T09:00:00Z', 'twice')")
               .arg(m_cal)
               .arg(m_south));
    insert(QStringLiteral("INSERT INTO psps (pupil_id, school_id, start_date) VALUES (%1, %2, '2025-05-01')")
               .arg(m_cal)
               .arg(m_south));

    // Home education: Eve 14 days after her suspension (counts); Cal long after his (does not).
    insert(QStringLiteral("INSERT INTO ehe_cme_registrations (pupil_id, kind, registered_on, school_id) VALUES "
                          "(%1, 'ehe', '2025-02-03', %2), (%3, 'ehe', '2025-04-20', %4)")
               .arg(m_eve)
               .arg(m_north)
               .arg(m_cal)
               .arg(m_south));
}

} // namespace casebook::test
