#include "DemoFixture.h"

#include <QSqlError>

namespace casebook::demo::test {

bool FilledDatabase::fill(const DemoConfig& config, QString* error)
{
    auto opened = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    if (!opened) {
        if (error) {
            *error = opened.error().message;
        }
        return false;
    }
    db = std::move(opened).value();
    Result<DemoRunSummary> result = fillDemoDatabase(*db, config);
    if (!result) {
        if (error) {
            *error = result.error().message + QStringLiteral(" -- ") + result.error().detail;
        }
        return false;
    }
    summary = result.value();
    return true;
}

double number(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        ADD_FAILURE() << "query failed: " << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return -1;
    }
    return q.value(0).toDouble();
}

} // namespace casebook::demo::test
