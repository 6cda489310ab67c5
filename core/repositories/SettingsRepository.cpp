#include "repositories/SettingsRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace casebook {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    return q.next() ? q.text(0) : fallback;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    SqlQuery del(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = :key"));
    del.bind(QStringLiteral(":key"), key);
    if (Status s = del.exec(); !s) {
        return s;
    }
    SqlQuery ins(m_db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"));
    ins.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    if (Status s = ins.exec(); !s) {
        return s;
    }
    return tx.commit();
}

bool SettingsRepository::isDemo()
{
    Result<QString> v = value(QStringLiteral("is_demo"), QStringLiteral("0"));
    return v.ok() && v.value() == QLatin1String("1");
}

} // namespace casebook
