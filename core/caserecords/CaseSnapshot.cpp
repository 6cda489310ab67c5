#include "caserecords/CaseSnapshot.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QSqlRecord>

#include <algorithm>
#include <map>

namespace casebook {

namespace {

const QString kRowVersion = QStringLiteral("row_version");
const QString kUpdatedAt = QStringLiteral("updated_at");
const QString kId = QStringLiteral("id");

bool isBookkeeping(const QString& column)
{
    return column == kRowVersion || column == kUpdatedAt;
}

// The row's values without bookkeeping columns, as one comparable text.
QString contentKey(const QStringList& columns, const QVariantList& row)
{
    QStringList parts;
    for (int i = 0; i < columns.size(); ++i) {
        if (!isBookkeeping(columns.at(i))) {
            parts << (row.at(i).isNull() ? QStringLiteral("\u2205") : row.at(i).toString());
        }
    }
    return parts.join(QChar(0x1f));
}

std::vector<QString> contentKeys(const CaseSnapshot::Table& table)
{
    std::vector<QString> keys;
    keys.reserve(table.rows.size());
    for (const QVariantList& row : table.rows) {
        keys.push_back(contentKey(table.columns, row));
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::map<qint64, const QVariantList*> byId(const CaseSnapshot::Table& table)
{
    std::map<qint64, const QVariantList*> rows;
    const int idColumn = static_cast<int>(table.columns.indexOf(kId));
    for (const QVariantList& row : table.rows) {
        rows[row.at(idColumn).toLongLong()] = &row;
    }
    return rows;
}

Status insertRow(Database& db, const CaseSnapshot::Table& table, const QVariantList& row)
{
    QStringList marks;
    for (int i = 0; i < table.columns.size(); ++i) {
        marks << QStringLiteral("?");
    }
    SqlQuery q(db.connection(), SqlStatement{QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                 .arg(table.table.name, table.columns.join(QStringLiteral(", ")),
                                                      marks.join(QStringLiteral(", "))),
                                             row});
    return q.exec();
}

Status updateRow(Database& db, const CaseSnapshot::Table& table, const QVariantList& row, qint64 id)
{
    QStringList sets;
    QVariantList values;
    for (int i = 0; i < table.columns.size(); ++i) {
        const QString& column = table.columns.at(i);
        if (column == kId || isBookkeeping(column)) {
            continue;
        }
        sets << column + QStringLiteral(" = ?");
        values << row.at(i);
    }
    if (table.columns.contains(kRowVersion)) {
        sets << QStringLiteral("row_version = row_version + 1");
    }
    if (table.columns.contains(kUpdatedAt)) {
        sets << QStringLiteral("updated_at = ") + db.dialect().nowExpression();
    }
    values << id;
    SqlQuery q(
        db.connection(),
        SqlStatement{
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table.table.name, sets.join(QStringLiteral(", "))),
            values});
    return q.exec();
}

Status deleteWhere(Database& db, const QString& table, const QString& condition, const QVariant& value)
{
    SqlQuery q(db.connection(), SqlStatement{QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, condition), {value}});
    return q.exec();
}

} // namespace

bool CaseSnapshot::sameContentAs(const CaseSnapshot& other) const
{
    if (kind != other.kind || pupilId != other.pupilId || tables.size() != other.tables.size()) {
        return false;
    }
    for (size_t i = 0; i < tables.size(); ++i) {
        if (tables[i].table.name != other.tables[i].table.name ||
            contentKeys(tables[i]) != contentKeys(other.tables[i])) {
            return false;
        }
    }
    return true;
}

Result<CaseSnapshot> captureCase(Database& db, qint64 pupilId, CaseRecordKind kind)
{
    CaseSnapshot snapshot;
    snapshot.kind = kind;
    snapshot.pupilId = pupilId;
    for (const RecordTable& table : recordTables(kind)) {
        SqlQuery q(
            db.connection(),
            SqlStatement{QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table.name, table.pupilScope), {pupilId}});
        if (Status s = q.exec(); !s) {
            return s.error();
        }
        CaseSnapshot::Table rows;
        rows.table = table;
        const QSqlRecord record = q.raw().record();
        for (int i = 0; i < record.count(); ++i) {
            rows.columns << record.fieldName(i);
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < rows.columns.size(); ++i) {
                row << q.value(i);
            }
            rows.rows.push_back(row);
        }
        snapshot.tables.push_back(std::move(rows));
    }
    return snapshot;
}

Status restoreCase(Database& db, const CaseSnapshot& target, const CaseSnapshot& expectedNow)
{
    Transaction tx(db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    auto now = captureCase(db, target.pupilId, target.kind);
    if (!now) {
        return now.error();
    }
    if (!now->sameContentAs(expectedNow)) {
        return makeError(Error::Code::Conflict,
                         QStringLiteral("The %1 records were changed elsewhere since; nothing was undone or redone.")
                             .arg(caseRecordKindName(target.kind)));
    }
    // Child rows go first (they are put back from the target at the end) ...
    for (size_t i = now->tables.size(); i-- > 1;) {
        const CaseSnapshot::Table& table = now->tables[i];
        if (Status s = deleteWhere(db, table.table.name, table.table.pupilScope, target.pupilId); !s) {
            return s;
        }
    }
    // ... then the main rows are matched by id.
    const CaseSnapshot::Table& mainNow = now->tables.front();
    const CaseSnapshot::Table& mainTarget = target.tables.front();
    const auto current = byId(mainNow);
    const auto wanted = byId(mainTarget);
    for (const auto& [id, row] : current) {
        if (wanted.count(id) == 0) {
            if (Status s = deleteWhere(db, mainNow.table.name, QStringLiteral("id = ?"), id); !s) {
                return s;
            }
        }
    }
    for (const auto& [id, row] : wanted) {
        const auto it = current.find(id);
        if (it == current.end()) {
            if (Status s = insertRow(db, mainTarget, *row); !s) {
                return s;
            }
        } else if (contentKey(mainTarget.columns, *row) != contentKey(mainNow.columns, *it->second)) {
            if (Status s = updateRow(db, mainTarget, *row, id); !s) {
                return s;
            }
        }
    }
    for (size_t i = 1; i < target.tables.size(); ++i) {
        for (const QVariantList& row : target.tables[i].rows) {
            if (Status s = insertRow(db, target.tables[i], row); !s) {
                return s;
            }
        }
    }
    return tx.commit();
}

} // namespace casebook
