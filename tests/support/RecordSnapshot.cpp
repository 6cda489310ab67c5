#include "RecordSnapshot.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace casebook::test {

namespace {

QString cell(const QVariant& value)
{
    if (value.isNull()) {
        return QStringLiteral("NULL");
    }
    return QString::fromLatin1(value.metaType().name()) + QLatin1Char(':') + value.toString();
}

// The tables a pupil's records live in, each once, with how to find the pupil's rows.
std::vector<RecordTable> pupilTables()
{
    std::vector<RecordTable> tables;
    std::set<QString> seen;
    for (CaseRecordKind kind : allCaseRecordKinds()) {
        for (const RecordTable& table : recordTables(kind)) {
            if (seen.insert(table.name).second) {
                tables.push_back(table);
            }
        }
    }
    return tables;
}

int versionOf(const QString& cellText)
{
    return cellText.section(QLatin1Char(':'), 1).toInt();
}

// Columns whose value (not only whether it is set) makes a record a different case to try.
const QStringList& choiceColumns()
{
    static const QStringList columns = {
        QStringLiteral("status"),
        QStringLiteral("kind"),
        QStringLiteral("category"),
        QStringLiteral("start_session"),
        QStringLiteral("outcome"),
        QStringLiteral("board_outcome"),
        QStringLiteral("board_review_outcome"),
        QStringLiteral("irp_outcome"),
        QStringLiteral("reconsideration_outcome"),
        QStringLiteral("decision"),
        QStringLiteral("leaving_reason"),
        QStringLiteral("registration_type"),
        QStringLiteral("commissioned_by"),
        QStringLiteral("would_miss_exam"),
        QStringLiteral("dual_registered"),
        QStringLiteral("has_parental_responsibility"),
        QStringLiteral("is_primary"),
        QStringLiteral("has_social_worker"),
        QStringLiteral("sex"),
        QStringLiteral("upn_is_temporary"),
    };
    return columns;
}

// How many child rows a record of the main table (alias t) has: none, one or several.
QString childCount(CaseRecordKind kind)
{
    switch (kind) {
    case CaseRecordKind::Suspension:
        return QStringLiteral("(SELECT count(*) FROM suspension_reasons WHERE suspension_id = t.id)");
    case CaseRecordKind::Exclusion:
        return QStringLiteral("(SELECT count(*) FROM permanent_exclusion_reasons WHERE permanent_exclusion_id = t.id)");
    case CaseRecordKind::Psp:
        return QStringLiteral("(SELECT min(count(*), 2) FROM psp_reviews WHERE psp_id = t.id)");
    case CaseRecordKind::PipReferral:
        return QStringLiteral("(SELECT min(count(*), 2) FROM pip_actions WHERE referral_id = t.id)");
    case CaseRecordKind::Pupil:
        return QStringLiteral("(SELECT min(count(*), 2) FROM pupil_characteristics WHERE pupil_id = t.id)");
    default:
        return QStringLiteral("0");
    }
}

int distance(const QStringList& a, const QStringList& b)
{
    int d = 0;
    for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
        d += a.at(i) == b.at(i) ? 0 : 1;
    }
    return d;
}

} // namespace

PupilSnapshot snapshotPupil(const QSqlDatabase& db, qint64 pupilId)
{
    PupilSnapshot result;
    for (const RecordTable& table : pupilTables()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY rowid").arg(table.name, table.pupilScope));
        q.addBindValue(pupilId);
        if (!q.exec()) {
            ADD_FAILURE() << table.name.toStdString() << ": " << q.lastError().text().toStdString();
            continue;
        }
        std::vector<SnapshotRow>& rows = result[table.name];
        while (q.next()) {
            SnapshotRow row;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                row[record.fieldName(i)] = cell(q.value(i));
            }
            rows.push_back(row);
        }
        if (!table.hasIdColumn) {
            std::sort(rows.begin(), rows.end());
        }
    }
    return result;
}

QStringList snapshotDifferences(const PupilSnapshot& before, const PupilSnapshot& after, const QString& table,
                                qint64 id)
{
    const QString idColumn = QStringLiteral("id");
    const QString editedId = QStringLiteral("qlonglong:%1").arg(id);
    QStringList out;
    bool sawEdited = false;
    for (const auto& [name, rowsBefore] : before) {
        const auto found = after.find(name);
        const std::vector<SnapshotRow> rowsAfter = found == after.end() ? std::vector<SnapshotRow>{} : found->second;
        if (rowsBefore.size() != rowsAfter.size()) {
            out << QStringLiteral("%1: %2 rows before, %3 after")
                       .arg(name)
                       .arg(rowsBefore.size())
                       .arg(rowsAfter.size());
            continue;
        }
        for (size_t r = 0; r < rowsBefore.size(); ++r) {
            const SnapshotRow& b = rowsBefore[r];
            const SnapshotRow& a = rowsAfter[r];
            const bool hasId = b.count(idColumn) != 0;
            const bool edited = name == table && hasId && b.at(idColumn) == editedId;
            sawEdited = sawEdited || edited;
            const QString rowName = hasId ? QStringLiteral("%1[%2]").arg(name, b.at(idColumn))
                                          : QStringLiteral("%1[row %2]").arg(name).arg(r + 1);
            for (const auto& [column, valueBefore] : b) {
                const QString valueAfter = a.count(column) ? a.at(column) : QStringLiteral("(missing)");
                if (edited && column == QLatin1String("updated_at")) {
                    continue;
                }
                if (edited && column == QLatin1String("row_version")) {
                    if (versionOf(valueAfter) != versionOf(valueBefore) + 1) {
                        out << QStringLiteral("%1.row_version: %2 -> %3 (expected one more)")
                                   .arg(rowName)
                                   .arg(versionOf(valueBefore))
                                   .arg(versionOf(valueAfter));
                    }
                    continue;
                }
                if (valueBefore != valueAfter) {
                    out << QStringLiteral("%1.%2: %3 -> %4").arg(rowName, column, valueBefore, valueAfter);
                }
            }
        }
    }
    if (!sawEdited) {
        out << QStringLiteral("%1 row %2 is not among the pupil's records").arg(table).arg(id);
    }
    return out;
}

std::vector<SampledRecord> sampleRecords(const QSqlDatabase& db, CaseRecordKind kind, int count)
{
    const QString table = recordTables(kind).front().name;
    const bool voidable = db.record(table).contains(QStringLiteral("voided_at"));
    const QString pupilColumn = kind == CaseRecordKind::Pupil ? QStringLiteral("id") : QStringLiteral("pupil_id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT t.*, t.%1 AS sample_pupil, %2 AS sample_children FROM %3 t %4 ORDER BY t.id")
                    .arg(pupilColumn, childCount(kind), table,
                         voidable ? QStringLiteral("WHERE t.voided_at IS NULL") : QString()))) {
        ADD_FAILURE() << table.toStdString() << ": " << q.lastError().text().toStdString();
        return {};
    }
    std::vector<SampledRecord> firstOfEach;
    std::vector<QStringList> patterns;
    std::set<QString> seen;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QStringList parts;
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            if (column == QLatin1String("id") || column == QLatin1String("sample_pupil")) {
                continue;
            }
            const bool choice = choiceColumns().contains(column) || column == QLatin1String("sample_children");
            const QVariant value = q.value(i);
            parts << (value.isNull() ? QStringLiteral("-") : choice ? value.toString() : QStringLiteral("+"));
        }
        const QString pattern = parts.join(QLatin1Char('|'));
        if (seen.insert(pattern).second) {
            firstOfEach.push_back({q.value(QStringLiteral("id")).toLongLong(),
                                   q.value(QStringLiteral("sample_pupil")).toLongLong(), pattern});
            patterns.push_back(parts);
        }
    }
    if (count <= 0 || count >= static_cast<int>(firstOfEach.size())) {
        return firstOfEach;
    }
    // Farthest-first: each next record is the one least like any already picked.
    std::vector<SampledRecord> picked;
    std::vector<int> nearest(firstOfEach.size(), 1 << 20);
    std::vector<bool> taken(firstOfEach.size(), false);
    size_t next = 0;
    while (static_cast<int>(picked.size()) < count) {
        taken[next] = true;
        picked.push_back(firstOfEach[next]);
        size_t farthest = next;
        int best = -1;
        for (size_t i = 0; i < firstOfEach.size(); ++i) {
            if (taken[i]) {
                continue;
            }
            nearest[i] = std::min(nearest[i], distance(patterns[i], patterns[next]));
            if (nearest[i] > best) {
                best = nearest[i];
                farthest = i;
            }
        }
        next = farthest;
    }
    return picked;
}

} // namespace casebook::test
