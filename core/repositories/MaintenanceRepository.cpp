#include "repositories/MaintenanceRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace casebook {

Result<QStringList> MaintenanceRepository::integrityProblems()
{
    const QString sql = m_db.dialect().integrityCheckSql();
    if (sql.isEmpty()) {
        return QStringList(); // the server checks itself
    }
    SqlQuery q(m_db.connection(), sql);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.text(0);
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    return problems;
}

Result<QStringList> MaintenanceRepository::foreignKeyProblems()
{
    const QString sql = m_db.dialect().foreignKeyCheckSql();
    if (sql.isEmpty()) {
        return QStringList(); // the server enforces foreign keys on every write
    }
    SqlQuery q(m_db.connection(), sql);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QStringList problems;
    while (q.next()) {
        problems << QStringLiteral("%1 row %2 refers to a missing %3").arg(q.text(0), q.text(1), q.text(2));
    }
    return problems;
}

Result<QVector<MaintenanceRepository::TableCount>> MaintenanceRepository::tableCounts()
{
    SqlQuery list(m_db.connection(), m_db.dialect().listTablesSql());
    if (Status s = list.exec(); !s) {
        return s.error();
    }
    QStringList tables;
    while (list.next()) {
        tables << list.text(0);
    }
    QVector<TableCount> counts;
    for (const QString& table : tables) {
        // Table names come from the schema itself, never from input.
        Result<qint64> n =
            SqlQuery(m_db.connection(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).scalar();
        if (!n) {
            return n.error();
        }
        counts.push_back({table, n.value()});
    }
    return counts;
}

} // namespace casebook
