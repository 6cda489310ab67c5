#include "analytics/PipEngagementRepository.h"

#include "analytics/AnalyticsSql.h"
#include "calendar/AcademicYear.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace casebook {

SqlStatement PipEngagementRepository::statement(const QString& academicYear, const SchoolFilter& filter)
{
    const auto year = AcademicYear::fromLabel(academicYear);
    const AcademicYear ay = year ? year.value() : AcademicYear();
    SqlStatement st;
    QString sql =
        QStringLiteral("WITH sc AS (") + analytics_sql::schoolsSql(Scope::la(filter), st.values) + QStringLiteral(") ");
    sql += QStringLiteral(
        "SELECT sc.id, sc.name, coalesce(r.decision, ''), count(r.id), "
        "coalesce(sum(CASE WHEN r.meeting_id IS NOT NULL THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN m.status = 'held' THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN r.status = 'withdrawn' THEN 1 ELSE 0 END), 0) "
        "FROM sc LEFT JOIN pip_referrals r ON r.school_id = sc.id AND r.voided_at IS NULL AND r.received_on "
        "BETWEEN ? AND ? LEFT JOIN panel_meetings m ON m.id = r.meeting_id "
        "GROUP BY sc.id, sc.name, r.decision ORDER BY sc.name, sc.id, r.decision");
    st.values << ay.firstDay().toString(Qt::ISODate) << ay.lastDay().toString(Qt::ISODate);
    st.sql = sql;
    return st;
}

Result<std::vector<PipEngagement>> PipEngagementRepository::engagement(const QString& academicYear,
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
    std::vector<PipEngagementRow> rows;
    while (q.next()) {
        rows.push_back({q.id(0), q.text(1), q.text(2), q.integer(3), q.integer(4), q.integer(5), q.integer(6)});
    }
    return foldPipEngagement(rows);
}

} // namespace casebook
