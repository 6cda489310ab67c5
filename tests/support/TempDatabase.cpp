#include "TempDatabase.h"

#include <QSqlQuery>

namespace casebook::test {

void DatabaseTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    auto opened = Database::open(m_path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    m_db = std::move(opened).value();
}

void DatabaseTest::TearDown()
{
    m_db.reset();
}

bool DatabaseTest::exec(const QString& sql)
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql);
}

qint64 DatabaseTest::count(const QString& table)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace casebook::test
