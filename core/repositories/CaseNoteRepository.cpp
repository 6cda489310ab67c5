#include "repositories/CaseNoteRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "repositories/OptimisticLock.h"

#include <QVariant>

namespace casebook {

Result<qint64> CaseNoteRepository::insert(const CaseNote& n)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO case_notes (pupil_id, noted_on, category, body, author_user_id) "
                              "VALUES (:pupil, :noted, :category, :body, :author)") +
                   m_db.dialect().returningId());
    q.bind(QStringLiteral(":pupil"), n.pupilId)
        .bindDate(QStringLiteral(":noted"), n.notedOn)
        .bind(QStringLiteral(":category"), n.category)
        .bind(QStringLiteral(":body"), n.body)
        .bind(QStringLiteral(":author"), n.authorUserId > 0 ? QVariant(n.authorUserId) : QVariant());
    return q.scalar();
}

Status CaseNoteRepository::update(const CaseNote& n, int expectedRowVersion)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE case_notes SET noted_on = :noted, category = :category, body = :body, "
                              "row_version = row_version + 1, updated_at = ") +
                   m_db.dialect().nowExpression() + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    q.bindDate(QStringLiteral(":noted"), n.notedOn)
        .bind(QStringLiteral(":category"), n.category)
        .bind(QStringLiteral(":body"), n.body)
        .bind(QStringLiteral(":id"), n.id)
        .bind(QStringLiteral(":version"), expectedRowVersion);
    return execGuardedUpdate(q);
}

Result<CaseNote> CaseNoteRepository::load(qint64 id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, pupil_id, noted_on, category, body, author_user_id, "
                                                 "row_version FROM case_notes WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, QStringLiteral("The case note is not in the database."));
    }
    CaseNote n;
    n.id = q.id(0);
    n.pupilId = q.id(1);
    n.notedOn = q.date(2);
    n.category = q.text(3);
    n.body = q.text(4);
    n.authorUserId = q.id(5);
    n.rowVersion = q.integer(6);
    return n;
}

} // namespace casebook
