#include "analytics/OffRollingRepository.h"

#include "analytics/AnalyticsSql.h"
#include "calendar/AcademicYear.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "rules/GuidanceNumbers.h"

namespace casebook {

using namespace analytics_sql;

namespace {

constexpr int kDaysPerWeek = 7;
constexpr int kYearTen = 10;
constexpr int kYearEleven = 11;

} // namespace

SqlStatement OffRollingRepository::statement(const QString& academicYear, const SchoolFilter& filter) const
{
    const auto year = AcademicYear::fromLabel(academicYear);
    const AcademicYear ay = year ? year.value() : AcademicYear();
    const QString first = ay.firstDay().toString(Qt::ISODate);
    const QString last = ay.lastDay().toString(Qt::ISODate);
    SqlStatement st;
    QString sql = QStringLiteral("WITH sc AS (") + schoolsSql(Scope::la(filter), st.values) + QStringLiteral("), ");
    // Each branch of the OR is one range of enrolments_leaving_reason_idx (leaving_reason, end_date): written as
    // "end_date in the year AND (reason IS NULL OR reason IN ...)" SQLite read every enrolment without a reason.
    sql +=
        QStringLiteral("lv AS (SELECT e.school_id, count(DISTINCT e.pupil_id) AS n FROM enrolments e JOIN pupils pu ON "
                       "pu.id = e.pupil_id WHERE ((e.leaving_reason IS NULL AND e.end_date BETWEEN ? AND ?) OR "
                       "(e.leaving_reason IN ('elective_home_education', 'children_missing_education', 'other', "
                       "'unknown') AND e.end_date BETWEEN ? AND ?)) AND e.voided_at IS NULL AND "
                       "e.registration_type <> 'subsidiary_dual' AND NOT EXISTS (SELECT 1 FROM schools d WHERE d.id = "
                       "e.destination_school_id AND d.school_type <> "
                       "'independent') AND ") +
        ncYearSql(QStringLiteral("pu.date_of_birth"), QString::number(ay.startYear())) +
        QStringLiteral(" IN (%1, %2) GROUP BY e.school_id), ").arg(kYearTen).arg(kYearEleven);
    st.values << first << last << first << last;
    sql += QStringLiteral("ks4 AS (SELECT school_id, sum(headcount) AS n FROM school_roll_year_groups WHERE "
                          "academic_year = ? AND nc_year IN (%1, %2) GROUP BY school_id), ")
               .arg(kYearTen)
               .arg(kYearEleven);
    st.values << academicYear;
    sql += QStringLiteral("ehe AS (SELECT s.school_id, count(DISTINCT r.id) AS n FROM ehe_cme_registrations r JOIN "
                          "suspensions s ON s.pupil_id = r.pupil_id AND s.first_day <= r.registered_on AND "
                          "s.first_day >= ") +
           daysBefore(m_db, QStringLiteral("r.registered_on"), guidance::kEheAfterSuspensionWeeks * kDaysPerWeek) +
           QStringLiteral(" WHERE r.kind = 'ehe' AND r.voided_at IS NULL AND r.registered_on BETWEEN ? AND ? AND ") +
           countedSuspension(QStringLiteral("s")) + QStringLiteral(" GROUP BY s.school_id) ");
    st.values << first << last;
    sql += QStringLiteral("SELECT sc.id, sc.name, coalesce(lv.n, 0), ks4.n, coalesce(ehe.n, 0), r.headcount FROM sc "
                          "LEFT JOIN lv ON lv.school_id = sc.id LEFT JOIN ks4 ON ks4.school_id = sc.id LEFT JOIN ehe "
                          "ON ehe.school_id = sc.id LEFT JOIN school_rolls r ON r.school_id = sc.id AND "
                          "r.academic_year = ? WHERE (sc.opened_on IS NULL OR sc.opened_on <= ?) AND (sc.closed_on "
                          "IS NULL OR sc.closed_on >= ?) ORDER BY sc.name, sc.id");
    st.values << academicYear << last << first;
    st.sql = sql;
    return st;
}

Result<std::vector<OffRollingFigures>> OffRollingRepository::indicators(const QString& academicYear,
                                                                        const SchoolFilter& filter)
{
    if (!AcademicYear::fromLabel(academicYear)) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("Academic year must look like 2024/25, not \"%1\".").arg(academicYear));
    }
    SqlQuery q(m_db.connection(), statement(academicYear, filter));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<OffRollingFigures> schools;
    while (q.next()) {
        OffRollingFigures f;
        f.schoolId = q.id(0);
        f.schoolName = q.text(1);
        f.unexplainedExits = q.integer(2);
        f.yearTenElevenRoll = q.value(3).isNull() ? std::nullopt : std::optional<qint64>(q.value(3).toLongLong());
        f.eheAfterSuspension = q.integer(4);
        f.headcount = q.value(5).isNull() ? std::nullopt : std::optional<qint64>(q.value(5).toLongLong());
        schools.push_back(f);
    }
    return withOffRollingFlags(schools);
}

} // namespace casebook
