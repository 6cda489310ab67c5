#include "repositories/PspRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "repositories/OptimisticLock.h"

#include <algorithm>

namespace casebook {

namespace {

const QString kPspColumns =
    QStringLiteral("id, pupil_id, school_id, start_date, planned_end_date, end_date, la_representative, targets, "
                   "agencies, status, outcome, row_version");

Psp readPsp(const SqlQuery& q)
{
    Psp p;
    p.id = q.id(0);
    p.pupilId = q.id(1);
    p.schoolId = q.id(2);
    p.startDate = q.date(3);
    p.plannedEndDate = q.date(4);
    p.endDate = q.date(5);
    p.laRepresentative = q.text(6);
    p.targets = q.text(7);
    p.agencies = q.text(8);
    p.status = q.text(9);
    p.outcome = q.text(10);
    p.rowVersion = q.integer(11);
    return p;
}

bool sameReview(const PspReview& a, const PspReview& b)
{
    return a.dueOn == b.dueOn && a.heldOn == b.heldOn && a.notes == b.notes;
}

} // namespace

void PspRepository::bindPsp(SqlQuery& q, const Psp& p)
{
    q.bind(QStringLiteral(":school"), p.schoolId)
        .bindDate(QStringLiteral(":start"), p.startDate)
        .bindDate(QStringLiteral(":planned"), p.plannedEndDate)
        .bindDate(QStringLiteral(":end"), p.endDate)
        .bindOptional(QStringLiteral(":la"), p.laRepresentative)
        .bindOptional(QStringLiteral(":targets"), p.targets)
        .bindOptional(QStringLiteral(":agencies"), p.agencies)
        .bind(QStringLiteral(":status"), p.status)
        .bindOptional(QStringLiteral(":outcome"), p.outcome);
}

Status PspRepository::insertReview(qint64 pspId, const PspReview& r)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO psp_reviews (psp_id, due_on, held_on, notes) "
                                                 "VALUES (:psp, :due, :held, :notes)"));
    q.bind(QStringLiteral(":psp"), pspId)
        .bindDate(QStringLiteral(":due"), r.dueOn)
        .bindDate(QStringLiteral(":held"), r.heldOn)
        .bindOptional(QStringLiteral(":notes"), r.notes);
    return q.exec();
}

Result<qint64> PspRepository::insert(const Psp& p)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO psps (pupil_id, school_id, start_date, planned_end_date, end_date, "
                              "la_representative, targets, agencies, status, outcome) VALUES (:pupil, :school, "
                              ":start, :planned, :end, :la, :targets, :agencies, :status, :outcome)") +
                   m_db.dialect().returningId());
    q.bind(QStringLiteral(":pupil"), p.pupilId);
    bindPsp(q, p);
    Result<qint64> id = q.scalar();
    if (!id) {
        return id.error();
    }
    for (const PspReview& r : p.reviews) {
        if (Status st = insertReview(id.value(), r); !st) {
            return st.error();
        }
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return id;
}

Status PspRepository::update(const Psp& p, int expectedRowVersion)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE psps SET school_id = :school, start_date = :start, planned_end_date = :planned, "
                              "end_date = :end, la_representative = :la, targets = :targets, agencies = :agencies, "
                              "status = :status, outcome = :outcome, row_version = row_version + 1, updated_at = ") +
                   m_db.dialect().nowExpression() + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindPsp(q, p);
    q.bind(QStringLiteral(":id"), p.id).bind(QStringLiteral(":version"), expectedRowVersion);
    if (Status st = execGuardedUpdate(q); !st) {
        return st;
    }
    if (Status st = syncReviews(p.id, p.reviews); !st) {
        return st;
    }
    return tx.commit();
}

Status PspRepository::syncReviews(qint64 pspId, const std::vector<PspReview>& reviews)
{
    auto saved = loadReviews(pspId);
    if (!saved) {
        return saved.error();
    }
    for (const PspReview& old : saved.value()) {
        const bool kept =
            std::any_of(reviews.begin(), reviews.end(), [&](const PspReview& r) { return r.id == old.id; });
        if (kept) {
            continue;
        }
        SqlQuery del(m_db.connection(), QStringLiteral("DELETE FROM psp_reviews WHERE id = :id"));
        del.bind(QStringLiteral(":id"), old.id);
        if (Status st = del.exec(); !st) {
            return st;
        }
    }
    for (int i = 0; i < static_cast<int>(reviews.size()); ++i) {
        const PspReview& r = reviews.at(static_cast<size_t>(i));
        if (r.id == 0) {
            if (Status st = insertReview(pspId, r); !st) {
                return st;
            }
            continue;
        }
        const auto old = std::find_if(saved->begin(), saved->end(), [&](const PspReview& s) { return s.id == r.id; });
        if (old == saved->end()) {
            return makeError(Error::Code::Conflict,
                             QStringLiteral("Review %1 is no longer part of this plan; close the form and open it "
                                            "again.")
                                 .arg(i + 1));
        }
        if (sameReview(*old, r)) {
            continue;
        }
        SqlQuery upd(m_db.connection(), QStringLiteral("UPDATE psp_reviews SET due_on = :due, held_on = :held, "
                                                       "notes = :notes, row_version = row_version + 1, "
                                                       "updated_at = ") +
                                            m_db.dialect().nowExpression() + QStringLiteral(" WHERE id = :id"));
        upd.bindDate(QStringLiteral(":due"), r.dueOn)
            .bindDate(QStringLiteral(":held"), r.heldOn)
            .bindOptional(QStringLiteral(":notes"), r.notes)
            .bind(QStringLiteral(":id"), r.id);
        if (Status st = upd.exec(); !st) {
            return st;
        }
    }
    return {};
}

Result<std::vector<PspReview>> PspRepository::loadReviews(qint64 pspId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, due_on, held_on, notes FROM psp_reviews "
                                                 "WHERE psp_id = :psp ORDER BY due_on, id"));
    q.bind(QStringLiteral(":psp"), pspId);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    std::vector<PspReview> reviews;
    while (q.next()) {
        reviews.push_back({q.id(0), q.date(1), q.date(2), q.text(3)});
    }
    return reviews;
}

Result<Psp> PspRepository::load(qint64 id)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT ") + kPspColumns + QStringLiteral(" FROM psps WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, QStringLiteral("The pastoral support plan is not in the database."));
    }
    Psp p = readPsp(q);
    auto reviews = loadReviews(id);
    if (!reviews) {
        return reviews.error();
    }
    p.reviews = std::move(reviews).value();
    return p;
}

Result<std::vector<Psp>> PspRepository::listForPupil(qint64 pupilId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT ") + kPspColumns +
                                      QStringLiteral(" FROM psps WHERE pupil_id = :pupil AND voided_at IS NULL "
                                                     "ORDER BY start_date, id"));
    q.bind(QStringLiteral(":pupil"), pupilId);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    std::vector<Psp> plans;
    while (q.next()) {
        plans.push_back(readPsp(q));
    }
    return plans;
}

} // namespace casebook
