#include "RawSqlite.h"

#ifdef CASEBOOK_HAVE_RAW_SQLITE
#include <sqlite3.h>
#endif

#include <QDate>

namespace casebook::cli {

#ifdef CASEBOOK_HAVE_RAW_SQLITE

RawSqlite::~RawSqlite()
{
    close();
}

bool RawSqlite::available()
{
    return true;
}

bool RawSqlite::open(const QString& path)
{
    close();
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 10000);
    return exec("PRAGMA foreign_keys = ON");
}

void RawSqlite::close()
{
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool RawSqlite::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        m_error = QString::fromUtf8(message);
        sqlite3_free(message);
        return false;
    }
    return true;
}

int RawSqlite::run(const SqlStatement& statement)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray sql = statement.sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, sql.constData(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return -1;
    }
    for (int i = 0; i < statement.values.size(); ++i) {
        const QVariant& v = statement.values.at(i);
        const int index = i + 1;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(stmt, index, v.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(stmt, index, v.toDouble());
            break;
        default:
            if (v.isNull()) {
                sqlite3_bind_null(stmt, index);
            } else {
                const QByteArray text = v.toString().toUtf8();
                sqlite3_bind_text(stmt, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
            }
        }
    }
    int rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++rows;
        const int columns = sqlite3_column_count(stmt);
        for (int c = 0; c < columns; ++c) {
            // Read every value as an application would.
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER:
                (void)sqlite3_column_int64(stmt, c);
                break;
            case SQLITE_FLOAT:
                (void)sqlite3_column_double(stmt, c);
                break;
            default:
                (void)sqlite3_column_text(stmt, c);
            }
        }
    }
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        rows = -1;
    }
    sqlite3_finalize(stmt);
    return rows;
}

bool RawSqlite::insertSuspensions(int count, qint64 pupilId, qint64 schoolId)
{
    sqlite3_stmt* insert = nullptr;
    sqlite3_stmt* reason = nullptr;
    const char* insertSql = "INSERT INTO suspensions (pupil_id, school_id, category, first_day, start_session, "
                            "sessions) VALUES (?, ?, 'suspension', ?, 'am', ?)";
    const char* reasonSql = "INSERT INTO suspension_reasons (suspension_id, position, code) VALUES (?, 1, 'DB')";
    if (!exec("BEGIN IMMEDIATE")) {
        return false;
    }
    bool ok = sqlite3_prepare_v2(m_db, insertSql, -1, &insert, nullptr) == SQLITE_OK &&
              sqlite3_prepare_v2(m_db, reasonSql, -1, &reason, nullptr) == SQLITE_OK;
    const QDate base(2000, 1, 3);
    for (int i = 0; ok && i < count; ++i) {
        const QByteArray day = base.addDays(i % 3000).toString(Qt::ISODate).toLatin1();
        sqlite3_bind_int64(insert, 1, pupilId);
        sqlite3_bind_int64(insert, 2, schoolId);
        sqlite3_bind_text(insert, 3, day.constData(), static_cast<int>(day.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 4, 1 + i % 6);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
        sqlite3_bind_int64(reason, 1, sqlite3_last_insert_rowid(m_db));
        ok = ok && sqlite3_step(reason) == SQLITE_DONE;
        sqlite3_reset(reason);
    }
    if (!ok) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(reason);
    exec("ROLLBACK");
    return ok;
}

#else

bool RawSqlite::insertSuspensions(int, qint64, qint64)
{
    return false;
}

RawSqlite::~RawSqlite() = default;
bool RawSqlite::available()
{
    return false;
}
bool RawSqlite::open(const QString&)
{
    m_error = QStringLiteral("not built with the SQLite C API");
    return false;
}
void RawSqlite::close()
{}
bool RawSqlite::exec(const char*)
{
    return false;
}
int RawSqlite::run(const SqlStatement&)
{
    return -1;
}

#endif

} // namespace casebook::cli
