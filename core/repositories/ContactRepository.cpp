#include "repositories/ContactRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "repositories/OptimisticLock.h"

namespace casebook {

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, pupil_id, name, relationship, has_parental_responsibility, phone, email, address, "
                   "is_primary, row_version FROM contacts ");

Contact readContact(const SqlQuery& q)
{
    Contact c;
    c.id = q.id(0);
    c.pupilId = q.id(1);
    c.name = q.text(2);
    c.relationship = q.text(3);
    c.hasParentalResponsibility = q.integer(4) != 0;
    c.phone = q.text(5);
    c.email = q.text(6);
    c.address = q.text(7);
    c.isPrimary = q.integer(8) != 0;
    c.rowVersion = q.integer(9);
    return c;
}

void bindContact(SqlQuery& q, const Contact& c)
{
    q.bind(QStringLiteral(":name"), c.name)
        .bindOptional(QStringLiteral(":rel"), c.relationship)
        .bind(QStringLiteral(":pr"), c.hasParentalResponsibility ? 1 : 0)
        .bindOptional(QStringLiteral(":phone"), c.phone)
        .bindOptional(QStringLiteral(":email"), c.email)
        .bindOptional(QStringLiteral(":address"), c.address)
        .bind(QStringLiteral(":primary"), c.isPrimary ? 1 : 0);
}

} // namespace

Status ContactRepository::clearOtherPrimaries(qint64 pupilId, qint64 keepId)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE contacts SET is_primary = 0, row_version = row_version + 1, updated_at = ") +
                   m_db.dialect().nowExpression() +
                   QStringLiteral(" WHERE pupil_id = :pupil AND id <> :keep AND is_primary = 1"));
    q.bind(QStringLiteral(":pupil"), pupilId).bind(QStringLiteral(":keep"), keepId);
    return q.exec();
}

Result<qint64> ContactRepository::insert(const Contact& c)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO contacts (pupil_id, name, relationship, has_parental_responsibility, phone, "
                              "email, address, is_primary) VALUES (:pupil, :name, :rel, :pr, :phone, :email, "
                              ":address, :primary)") +
                   m_db.dialect().returningId());
    q.bind(QStringLiteral(":pupil"), c.pupilId);
    bindContact(q, c);
    Result<qint64> id = q.scalar();
    if (!id) {
        return id.error();
    }
    if (c.isPrimary) {
        if (Status s = clearOtherPrimaries(c.pupilId, id.value()); !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status ContactRepository::update(const Contact& c)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE contacts SET name = :name, relationship = :rel, has_parental_responsibility = "
                              ":pr, phone = :phone, email = :email, address = :address, is_primary = :primary, "
                              "row_version = row_version + 1, updated_at = ") +
                   m_db.dialect().nowExpression() + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindContact(q, c);
    q.bind(QStringLiteral(":id"), c.id).bind(QStringLiteral(":version"), c.rowVersion);
    if (Status s = execVersionedUpdate(q); !s) {
        return s;
    }
    if (c.isPrimary) {
        if (Status s = clearOtherPrimaries(c.pupilId, c.id); !s) {
            return s;
        }
    }
    return tx.commit();
}

Result<Contact> ContactRepository::load(qint64 id)
{
    SqlQuery q(m_db.connection(), kSelect + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, QStringLiteral("There is no contact %1.").arg(id));
    }
    return readContact(q);
}

Result<std::vector<Contact>> ContactRepository::forPupil(qint64 pupilId)
{
    SqlQuery q(m_db.connection(),
               kSelect + QStringLiteral("WHERE pupil_id = :id ORDER BY is_primary DESC, lower(name), id"));
    q.bind(QStringLiteral(":id"), pupilId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Contact> rows;
    while (q.next()) {
        rows.push_back(readContact(q));
    }
    return rows;
}

} // namespace casebook
