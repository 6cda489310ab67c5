// Invariants of the small preset (fixed seed and date): identifiers, school histories, school days, rates.
#include "DemoFixture.h"

#include "calendar/NationalCurriculumYear.h"
#include "demo/DemoTermDates.h"
#include "repositories/CalendarRepository.h"
#include "repositories/MaintenanceRepository.h"
#include "rules/SchoolIdentifiers.h"
#include "rules/Upn.h"

#include <QSqlQuery>

#include <map>

namespace casebook::demo::test {
namespace {

class SmallDemo : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_data = new FilledDatabase;
        QString error;
        ASSERT_TRUE(s_data->fill(smallConfig(), &error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_data;
        s_data = nullptr;
    }
    QSqlDatabase sql() const { return s_data->sql(); }
    double value(const QString& query) const { return number(sql(), query); }
    Database& db() { return *s_data->db; }

    // Academic years before the one containing "today": complete years of data.
    static QStringList completeYears() { return {QStringLiteral("2022/23"), QStringLiteral("2023/24")}; }
    static QString yearRange(const QString& label, const QString& column)
    {
        const int y = label.left(4).toInt();
        return QStringLiteral("%1 BETWEEN '%2-09-01' AND '%3-08-31'").arg(column).arg(y).arg(y + 1);
    }

    // Suspensions per 100 pupils on roll over the complete years, for pupils whose characteristic `kind`
    // had `value` on census day (both numerator and denominator).
    double rateFor(const QString& kind, const QString& wanted)
    {
        double suspensions = 0;
        double pupils = 0;
        for (const QString& label : completeYears()) {
            const QString census = demoTermYear(AcademicYear::fromLabel(label).value()).censusDay.toString(Qt::ISODate);
            const QString has = QStringLiteral("c.kind = '%1' AND c.value = '%2' AND c.valid_from <= '%3' AND "
                                               "(c.valid_to IS NULL OR c.valid_to >= '%3')")
                                    .arg(kind, wanted, census);
            pupils += value(QStringLiteral("SELECT count(DISTINCT e.pupil_id) FROM enrolments e JOIN "
                                           "pupil_characteristics c ON c.pupil_id = e.pupil_id WHERE e.start_date <= "
                                           "'%1' AND (e.end_date IS NULL OR e.end_date >= '%1') AND %2")
                                .arg(census, has));
            suspensions += value(QStringLiteral("SELECT count(*) FROM suspensions x JOIN pupil_characteristics c ON "
                                                "c.pupil_id = x.pupil_id WHERE %1 AND %2")
                                     .arg(yearRange(label, QStringLiteral("x.first_day")), has));
        }
        return pupils > 0 ? 100.0 * suspensions / pupils : 0;
    }

    double phaseRate(const QString& phase)
    {
        double suspensions = 0;
        double roll = 0;
        for (const QString& label : completeYears()) {
            roll += value(QStringLiteral("SELECT sum(r.headcount) FROM school_rolls r JOIN schools s ON s.id = "
                                         "r.school_id WHERE r.academic_year = '%1' AND s.phase LIKE '%2'")
                              .arg(label, phase));
            suspensions += value(QStringLiteral("SELECT count(*) FROM suspensions x JOIN schools s ON s.id = "
                                                "x.school_id WHERE %1 AND s.phase LIKE '%2'")
                                     .arg(yearRange(label, QStringLiteral("x.first_day")), phase));
        }
        return 100.0 * suspensions / roll;
    }

    static FilledDatabase* s_data;
};

FilledDatabase* SmallDemo::s_data = nullptr;

TEST_F(SmallDemo, IsMarkedAsDemoDataOfAFictionalAuthority)
{
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT key, value FROM settings")));
    std::map<QString, QString> settings;
    while (q.next()) {
        settings[q.value(0).toString()] = q.value(1).toString();
    }
    EXPECT_EQ(settings[QStringLiteral("is_demo")], QStringLiteral("1"));
    EXPECT_EQ(settings[QStringLiteral("la_name")], QStringLiteral("Northshire County Council (demo)"));
    EXPECT_EQ(settings[QStringLiteral("la_code")], QStringLiteral("990"));
}

TEST_F(SmallDemo, TheFileIsHealthy)
{
    MaintenanceRepository repo(db());
    auto integrity = repo.integrityProblems();
    ASSERT_TRUE(integrity.ok());
    EXPECT_TRUE(integrity->isEmpty()) << integrity->join(QLatin1Char('\n')).toStdString();
    auto fks = repo.foreignKeyProblems();
    ASSERT_TRUE(fks.ok());
    EXPECT_TRUE(fks->isEmpty()) << fks->join(QLatin1Char('\n')).toStdString();
}

TEST_F(SmallDemo, KeepsTheSchemasIndexesExactly)
{
    // The writer drops secondary indexes for the load and recreates them from their own SQL.
    QTemporaryDir dir;
    auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
    ASSERT_TRUE(fresh.ok());
    const auto indexes = [](const QSqlDatabase& db) {
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'index' "
                                          "ORDER BY name")));
        QStringList out;
        while (q.next()) {
            out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        }
        return out;
    };
    const QStringList expected = indexes(fresh.value()->connection());
    EXPECT_GT(expected.size(), 50);
    EXPECT_EQ(indexes(sql()), expected);
}

TEST_F(SmallDemo, MakesEveryKindOfRecord)
{
    for (const auto& t : s_data->summary.tables) {
        EXPECT_GT(t.rows, 0) << t.table.toStdString();
    }
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM schools")), 12);
    for (const char* phase : {"primary", "secondary", "special", "pru"}) {
        EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM schools WHERE phase = '%1'").arg(QLatin1String(phase))), 0)
            << phase;
    }
    const double roll = value(QStringLiteral("SELECT avg(total) FROM (SELECT sum(headcount) AS total FROM school_rolls "
                                             "GROUP BY academic_year)"));
    EXPECT_NEAR(roll, 3000, 150);
}

TEST_F(SmallDemo, EveryUpnHasTheRightCheckLetter)
{
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT upn, upn_is_temporary FROM pupils")));
    int pupils = 0;
    while (q.next()) {
        ++pupils;
        const UpnCheck check = checkUpn(q.value(0).toString());
        ASSERT_TRUE(check.valid) << q.value(0).toString().toStdString() << ": " << check.message.toStdString();
        EXPECT_EQ(check.temporary, q.value(1).toBool());
    }
    EXPECT_GT(pupils, 3000);
    EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM pupils WHERE substr(upn, 2, 3) = '990'")), pupils * 0.7);
}

TEST_F(SmallDemo, SchoolIdentifiersFollowTheDfeNumbering)
{
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT urn, laestab, phase FROM schools")));
    const std::map<QString, QChar> firstDigit = {{QStringLiteral("primary"), QLatin1Char('2')},
                                                 {QStringLiteral("secondary"), QLatin1Char('4')},
                                                 {QStringLiteral("special"), QLatin1Char('7')},
                                                 {QStringLiteral("pru"), QLatin1Char('1')}};
    while (q.next()) {
        EXPECT_TRUE(checkUrn(q.value(0).toString()).valid);
        const QString laestab = q.value(1).toString();
        EXPECT_TRUE(checkLaEstab(laestab).valid);
        EXPECT_TRUE(laestab.startsWith(QStringLiteral("990")));
        EXPECT_EQ(laestab.at(3), firstDigit.at(q.value(2).toString())) << laestab.toStdString();
    }
}

TEST_F(SmallDemo, DatesOfBirthFitTheYearGroupsOfTheirSchools)
{
    const std::map<QString, std::pair<int, int>> range = {{QStringLiteral("primary"), {0, 6}},
                                                          {QStringLiteral("secondary"), {7, 13}},
                                                          {QStringLiteral("special"), {0, 13}},
                                                          {QStringLiteral("pru"), {0, 11}}};
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT p.date_of_birth, e.start_date, e.end_date, s.phase FROM enrolments e "
                                      "JOIN pupils p ON p.id = e.pupil_id JOIN schools s ON s.id = e.school_id")));
    int checked = 0;
    while (q.next()) {
        const QDate dob = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const auto [low, high] = range.at(q.value(3).toString());
        const int atStart = *nationalCurriculumYear(dob, QDate::fromString(q.value(1).toString(), Qt::ISODate));
        ASSERT_GE(atStart, low) << q.value(3).toString().toStdString();
        ASSERT_LE(atStart, high) << q.value(3).toString().toStdString();
        if (!q.value(2).isNull()) {
            ASSERT_LE(*nationalCurriculumYear(dob, QDate::fromString(q.value(2).toString(), Qt::ISODate)), high);
        }
        ++checked;
    }
    EXPECT_GT(checked, 3000);
    // The year-group rolls add up to the school rolls.
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM school_rolls r WHERE headcount <> (SELECT sum(headcount) FROM "
                                   "school_roll_year_groups g WHERE g.school_id = r.school_id AND g.academic_year = "
                                   "r.academic_year)")),
              0);
}

TEST_F(SmallDemo, PupilsMoveUpAndChangeSchool)
{
    // Year 6 pupils move on to a secondary school in September, and a few change school during the year.
    EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM enrolments e JOIN schools s ON s.id = e.school_id JOIN "
                                   "schools d ON d.id = e.destination_school_id WHERE s.phase = 'primary' AND "
                                   "d.phase = 'secondary' AND e.leaving_reason = 'moved_school'")),
              300);
    EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM enrolments WHERE leaving_reason = 'moved_out_of_area'")), 20);
    EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM enrolments WHERE leaving_reason = 'post_16'")), 100);
    // Nobody is on two schools' rolls at once.
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM enrolments a JOIN enrolments b ON a.pupil_id = b.pupil_id AND "
                                   "a.id < b.id WHERE a.start_date <= coalesce(b.end_date, '9999-12-31') AND "
                                   "b.start_date <= coalesce(a.end_date, '9999-12-31')")),
              0);
}

TEST_F(SmallDemo, EverySuspensionStartsOnASchoolDayAtASchoolThePupilAttended)
{
    CalendarRepository calendars(db());
    auto la = calendars.laCalendar();
    ASSERT_TRUE(la.ok()) << la.error().message.toStdString();
    auto closures = calendars.loadSchoolClosures();
    ASSERT_TRUE(closures.ok());
    std::map<qint64, SchoolCalendar> perSchool;
    for (const auto& [school, periods] : closures.value()) {
        auto calendar = la->withClosures(periods);
        ASSERT_TRUE(calendar.ok());
        perSchool.emplace(school, calendar.value());
    }
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT school_id, first_day FROM suspensions")));
    int checked = 0;
    while (q.next()) {
        const auto it = perSchool.find(q.value(0).toLongLong());
        const SchoolCalendar& calendar = it == perSchool.end() ? la.value() : it->second;
        const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        ASSERT_TRUE(calendar.isSchoolDay(day) && calendar.covers(day) && calendar.termOf(day).has_value())
            << day.toString(Qt::ISODate).toStdString() << " at school " << q.value(0).toLongLong();
        ASSERT_LE(day, demoToday());
        ++checked;
    }
    EXPECT_GT(checked, 500);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM suspensions x WHERE NOT EXISTS (SELECT 1 FROM enrolments e "
                                   "WHERE e.pupil_id = x.pupil_id AND e.school_id = x.school_id AND e.start_date <= "
                                   "x.first_day AND (e.end_date IS NULL OR e.end_date >= x.first_day))")),
              0);
    // Nor does a pupil's suspension start while an earlier one is still running.
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM suspensions a JOIN suspensions b ON a.pupil_id = b.pupil_id "
                                   "AND a.id <> b.id AND a.first_day = b.first_day")),
              0);
}

TEST_F(SmallDemo, SuspensionRatesAreNearNationalFigures)
{
    const double overall = phaseRate(QStringLiteral("%"));
    EXPECT_GE(overall, 6.0);
    EXPECT_LE(overall, 14.0);
    const double primary = phaseRate(QStringLiteral("primary"));
    const double secondary = phaseRate(QStringLiteral("secondary"));
    EXPECT_GT(primary, 0.0);
    EXPECT_GT(secondary, 3 * primary);

    const double senSupport = rateFor(QStringLiteral("sen"), QStringLiteral("K"));
    const double noSen = rateFor(QStringLiteral("sen"), QStringLiteral("N"));
    EXPECT_GE(senSupport / noSen, 2.5);
    EXPECT_LE(senSupport / noSen, 7.0);
    const double fsm = rateFor(QStringLiteral("fsm"), QStringLiteral("1"));
    const double notFsm = rateFor(QStringLiteral("fsm"), QStringLiteral("0"));
    EXPECT_GE(fsm / notFsm, 2.5);
    EXPECT_LE(fsm / notFsm, 7.0);

    const double pex = value(QStringLiteral("SELECT count(*) FROM permanent_exclusions WHERE decision_date BETWEEN "
                                            "'2022-09-01' AND '2024-08-31'")) /
                       value(QStringLiteral("SELECT sum(headcount) FROM school_rolls WHERE academic_year IN "
                                            "('2022/23', '2023/24')")) *
                       100;
    EXPECT_GT(pex, 0.0);
    EXPECT_LT(pex, 0.4);
}

TEST_F(SmallDemo, SuspensionsLookLikeRealOnes)
{
    const double reasons = value(QStringLiteral("SELECT count(*) FROM suspension_reasons"));
    const double disruptive =
        value(QStringLiteral("SELECT count(*) FROM suspension_reasons WHERE code IN ('DB', 'PD')"));
    EXPECT_GE(disruptive / reasons, 0.35);
    EXPECT_LE(disruptive / reasons, 0.65);
    EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM suspensions WHERE category = 'lunchtime'")), 0);
    const double short_ = value(QStringLiteral("SELECT avg(sessions <= 2) FROM suspensions"));
    EXPECT_GE(short_, 0.35);
    EXPECT_LE(short_, 0.55);
    const double boys = value(QStringLiteral("SELECT count(*) FROM suspensions x JOIN pupils p ON p.id = x.pupil_id "
                                             "WHERE p.sex = 'M'"));
    const double girls = value(QStringLiteral("SELECT count(*) FROM suspensions x JOIN pupils p ON p.id = x.pupil_id "
                                              "WHERE p.sex = 'F'"));
    EXPECT_GT(boys, 1.5 * girls);
    // Many pupils have one suspension in a year, a few have many, and some pass the 45-day limit.
    const QString perPupilYear = QStringLiteral(
        "SELECT pupil_id, count(*) AS n, sum(CASE WHEN category = 'lunchtime' THEN 0.5 ELSE sessions / 2.0 END) AS "
        "days "
        "FROM suspensions GROUP BY pupil_id, CASE WHEN substr(first_day, 6, 2) >= '09' THEN substr(first_day, 1, 4) "
        "ELSE CAST(substr(first_day, 1, 4) AS INTEGER) - 1 END");
    const double once = value(QStringLiteral("SELECT count(*) FROM (%1) WHERE n = 1").arg(perPupilYear));
    const double many = value(QStringLiteral("SELECT count(*) FROM (%1) WHERE n >= 5").arg(perPupilYear));
    EXPECT_GT(once, 5 * many);
    EXPECT_GT(many, 0); // passing the 45-day limit needs more pupils: see test_demo_medium.cpp
}

TEST_F(SmallDemo, ReasonCodesAreThoseInForceOnTheDate)
{
    for (const char* column : {"x.decision_date", "x.first_day"}) {
        EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM suspension_reasons r JOIN suspensions x ON x.id = "
                                       "r.suspension_id JOIN reason_codes c ON c.code = r.code WHERE %1 < c.valid_from "
                                       "OR (c.valid_to IS NOT NULL AND %1 > c.valid_to)")
                            .arg(QLatin1String(column))),
                  0)
            << column;
    }
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM permanent_exclusion_reasons r JOIN permanent_exclusions x ON "
                                   "x.id = r.permanent_exclusion_id JOIN reason_codes c ON c.code = r.code WHERE "
                                   "x.decision_date < c.valid_from OR (c.valid_to IS NOT NULL AND x.decision_date > "
                                   "c.valid_to)")),
              0);
}

TEST_F(SmallDemo, NotificationsAreMostlyRecordedAndNothingIsDatedAfterToday)
{
    const double recorded = value(QStringLiteral("SELECT avg(la_notified_on IS NOT NULL) FROM suspensions WHERE "
                                                 "decision_date >= '2022-09-01' AND decision_date < '2025-03-01'"));
    EXPECT_GT(recorded, 0.85);
    EXPECT_LT(recorded, 1.0);
    for (const char* check :
         {"SELECT count(*) FROM suspensions WHERE la_notified_on > '2025-03-14' OR "
          "board_review_on > '2025-03-14' OR reintegration_meeting_on > '2025-03-14'",
          "SELECT count(*) FROM permanent_exclusions WHERE board_meeting_on > '2025-03-14' OR "
          "irp_meeting_on > '2025-03-14'",
          "SELECT count(*) FROM enrolments WHERE start_date > '2025-03-14' OR end_date > '2025-03-14'",
          "SELECT count(*) FROM case_notes WHERE noted_on > '2025-03-14'"}) {
        EXPECT_EQ(value(QString::fromLatin1(check)), 0) << check;
    }
}

TEST_F(SmallDemo, CaseworkFollowsRepeatedSuspensions)
{
    // A PSP only after at least three suspensions that year at that school.
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM psps p WHERE (SELECT count(*) FROM suspensions x WHERE "
                                   "x.pupil_id = p.pupil_id AND x.school_id = p.school_id AND x.first_day < "
                                   "p.start_date AND x.first_day >= date(p.start_date, '-1 year')) < 3")),
              0);
    EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM pip_referrals WHERE status IN ('decided', 'closed')")), 0);
    EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM panel_meetings WHERE status = 'held'")), 20);
    EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM ehe_cme_registrations WHERE kind = 'ehe'")), 0);
    EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM case_notes")), 0);
}

TEST_F(SmallDemo, PlansThatEndedHaveAnEndDateAndNoReviewAfterIt)
{
    EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM psps WHERE status = 'lapsed'")), 0);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM psps WHERE status <> 'active' AND end_date IS NULL")), 0);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM psps WHERE status = 'active' AND end_date IS NOT NULL")), 0);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM psp_reviews r JOIN psps p ON p.id = r.psp_id "
                                   "WHERE p.end_date IS NOT NULL AND r.due_on > p.end_date")),
              0);
    EXPECT_GT(value(QStringLiteral("SELECT count(*) FROM psp_reviews r JOIN psps p ON p.id = r.psp_id "
                                   "WHERE p.status = 'lapsed' AND r.held_on IS NULL")),
              0);
}

} // namespace
} // namespace casebook::demo::test
