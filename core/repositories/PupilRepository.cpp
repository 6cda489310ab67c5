#include "repositories/PupilRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "repositories/EnrolmentRepository.h"
#include "repositories/OptimisticLock.h"

#include <QRegularExpression>

namespace casebook {

namespace {

const QString kPupilColumns =
    QStringLiteral("id, upn, legal_forename, legal_surname, preferred_forename, preferred_surname, date_of_birth, sex, "
                   "ethnicity_code, has_social_worker, first_language, social_worker_name, social_worker_contact, "
                   "virtual_school_contact, notes, row_version");

Pupil readPupil(const SqlQuery& q)
{
    Pupil p;
    p.id = q.id(0);
    p.upn = q.text(1);
    p.legalForename = q.text(2);
    p.legalSurname = q.text(3);
    p.preferredForename = q.text(4);
    p.preferredSurname = q.text(5);
    p.dateOfBirth = q.date(6);
    p.sex = q.text(7);
    p.ethnicityCode = q.text(8);
    p.hasSocialWorker = q.integer(9) != 0;
    p.firstLanguage = q.text(10);
    p.socialWorkerName = q.text(11);
    p.socialWorkerContact = q.text(12);
    p.virtualSchoolContact = q.text(13);
    p.notes = q.text(14);
    p.rowVersion = q.integer(15);
    return p;
}

// Binds the pupil's own fields (everything but id and row version) to the placeholders insert and update share.
void bindPupil(SqlQuery& q, const Pupil& p)
{
    q.bindOptional(QStringLiteral(":upn"), p.upn)
        .bind(QStringLiteral(":temp"), !p.upn.isEmpty() && p.upn.back().isLetter() ? 1 : 0)
        .bind(QStringLiteral(":lf"), p.legalForename)
        .bind(QStringLiteral(":ls"), p.legalSurname)
        .bindOptional(QStringLiteral(":pf"), p.preferredForename)
        .bindOptional(QStringLiteral(":ps"), p.preferredSurname)
        .bindDate(QStringLiteral(":dob"), p.dateOfBirth)
        .bind(QStringLiteral(":sex"), p.sex.isEmpty() ? QStringLiteral("U") : p.sex)
        .bindOptional(QStringLiteral(":eth"), p.ethnicityCode)
        .bindOptional(QStringLiteral(":lang"), p.firstLanguage)
        .bind(QStringLiteral(":sw"), p.hasSocialWorker ? 1 : 0)
        .bindOptional(QStringLiteral(":swname"), p.socialWorkerName)
        .bindOptional(QStringLiteral(":swcontact"), p.socialWorkerContact)
        .bindOptional(QStringLiteral(":vsc"), p.virtualSchoolContact)
        .bindOptional(QStringLiteral(":notes"), p.notes);
}

// The first string that sorts after every string starting with `prefix` (for index range scans).
QString prefixUpperBound(const QString& prefix)
{
    QString bound = prefix;
    bound[bound.size() - 1] = QChar(bound.at(bound.size() - 1).unicode() + 1);
    return bound;
}

} // namespace

Result<qint64> PupilRepository::insert(const Pupil& p)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO pupils (upn, upn_is_temporary, legal_forename, legal_surname, "
                              "preferred_forename, preferred_surname, date_of_birth, sex, ethnicity_code, "
                              "first_language, has_social_worker, social_worker_name, social_worker_contact, "
                              "virtual_school_contact, notes) VALUES (:upn, :temp, :lf, :ls, :pf, :ps, :dob, :sex, "
                              ":eth, :lang, :sw, :swname, :swcontact, :vsc, :notes)") +
                   m_db.dialect().returningId());
    bindPupil(q, p);
    return q.scalar();
}

Result<qint64> PupilRepository::insert(const Pupil& pupil, const PupilCharacteristics& characteristics, QDate today,
                                       const std::optional<Enrolment>& currentSchool)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    Result<qint64> id = insert(pupil);
    if (!id) {
        return id.error();
    }
    if (Status s = setCharacteristics(id.value(), characteristics, today); !s) {
        return s.error();
    }
    if (currentSchool) {
        Enrolment enrolment = *currentSchool;
        enrolment.pupilId = id.value();
        if (Result<qint64> e = EnrolmentRepository(m_db).insert(enrolment); !e) {
            return e.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status PupilRepository::update(const Pupil& p)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE pupils SET upn = :upn, upn_is_temporary = :temp, legal_forename = :lf, "
                              "legal_surname = :ls, preferred_forename = :pf, preferred_surname = :ps, "
                              "date_of_birth = :dob, sex = :sex, ethnicity_code = :eth, first_language = :lang, "
                              "has_social_worker = :sw, social_worker_name = :swname, "
                              "social_worker_contact = :swcontact, virtual_school_contact = :vsc, notes = :notes, "
                              "row_version = row_version + 1, updated_at = ") +
                   m_db.dialect().nowExpression() + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindPupil(q, p);
    q.bind(QStringLiteral(":id"), p.id).bind(QStringLiteral(":version"), p.rowVersion);
    return execVersionedUpdate(q);
}

Status PupilRepository::update(const Pupil& pupil, const PupilCharacteristics& characteristics, QDate today)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    if (Status s = update(pupil); !s) {
        return s;
    }
    if (Status s = setCharacteristics(pupil.id, characteristics, today); !s) {
        return s;
    }
    return tx.commit();
}

Result<Pupil> PupilRepository::load(qint64 id)
{
    Result<std::optional<Pupil>> found = findById(id);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return makeError(Error::Code::NotFound, QStringLiteral("There is no pupil %1.").arg(id));
    }
    return *found.value();
}

Result<std::optional<Pupil>> PupilRepository::findById(qint64 id)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT ") + kPupilColumns + QStringLiteral(" FROM pupils WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Pupil>();
    }
    return std::optional<Pupil>(readPupil(q));
}

Result<std::optional<Pupil>> PupilRepository::findByUpn(const QString& upn)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT ") + kPupilColumns + QStringLiteral(" FROM pupils WHERE upn = :upn"));
    q.bind(QStringLiteral(":upn"), upn.trimmed().toUpper());
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Pupil>();
    }
    return std::optional<Pupil>(readPupil(q));
}

Result<std::vector<std::pair<QString, QString>>> PupilRepository::ethnicityChoices()
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT code, description FROM ethnicity_codes ORDER BY sort_order, code"));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<std::pair<QString, QString>> choices;
    while (q.next()) {
        choices.emplace_back(q.text(1) + QStringLiteral(" (") + q.text(0) + QLatin1Char(')'), q.text(0));
    }
    return choices;
}

namespace {

const QString kSummaryColumns =
    QStringLiteral("SELECT p.id, p.upn, p.legal_surname, p.legal_forename, p.preferred_forename, p.date_of_birth, "
                   "(SELECT s.name FROM enrolments e JOIN schools s ON s.id = e.school_id "
                   " WHERE e.pupil_id = p.id AND e.voided_at IS NULL AND e.end_date IS NULL "
                   " ORDER BY e.start_date DESC LIMIT 1) FROM pupils p WHERE p.voided_at IS NULL AND ");
// Matches the ordering index (lower(legal_surname), lower(legal_forename), date_of_birth), so a limited list
// streams from the index instead of sorting every match.
const QString kOrder = QStringLiteral(" ORDER BY lower(p.legal_surname), lower(p.legal_forename), p.date_of_birth");

QString rangeOn(const char* column)
{
    return QStringLiteral("(lower(p.%1) >= ? AND lower(p.%1) < ?)").arg(QLatin1String(column));
}

QStringList nameWords(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.trimmed().toLower().split(spaces, Qt::SkipEmptyParts);
}

// What the officer typed: a UPN, a date of birth, one word of a name, or several.
enum class SearchKind
{
    Empty,
    Upn,
    UpnPrefix, // the check letter and at least the LA code and establishment number, as the officer types on
    DateOfBirth,
    OneWord,
    Words
};

QDate searchDate(const QString& trimmed)
{
    const QDate uk = QDate::fromString(trimmed, QStringLiteral("dd/MM/yyyy"));
    return uk.isValid() ? uk : QDate::fromString(trimmed, Qt::ISODate);
}

SearchKind searchKind(const QString& trimmed)
{
    static const QRegularExpression upnLike(QStringLiteral("^[A-Za-z][0-9]{11}[0-9A-Za-z]$"));
    if (trimmed.isEmpty()) {
        return SearchKind::Empty;
    }
    if (upnLike.match(trimmed).hasMatch()) {
        return SearchKind::Upn;
    }
    static const QRegularExpression upnStart(QStringLiteral("^[A-Za-z][0-9]{7,11}$"));
    if (upnStart.match(trimmed).hasMatch()) {
        return SearchKind::UpnPrefix;
    }
    if (searchDate(trimmed).isValid()) {
        return SearchKind::DateOfBirth;
    }
    return nameWords(trimmed).size() == 1 ? SearchKind::OneWord : SearchKind::Words;
}

} // namespace

SqlStatement PupilRepository::searchStatement(const QString& text, int limit)
{
    const QString trimmed = text.trimmed();
    switch (searchKind(trimmed)) {
    case SearchKind::Empty:
        return {};
    case SearchKind::Upn:
        return {kSummaryColumns + QStringLiteral("p.upn = ?") + kOrder + QStringLiteral(" LIMIT ?"),
                {trimmed.toUpper(), limit}};
    case SearchKind::UpnPrefix: {
        // A range on the UPN's unique index, in UPN order (no sort however many match).
        const QString upper = trimmed.toUpper();
        return {kSummaryColumns + QStringLiteral("p.upn >= ? AND p.upn < ? ORDER BY p.upn LIMIT ?"),
                {upper, prefixUpperBound(upper), limit}};
    }
    case SearchKind::DateOfBirth:
        return {kSummaryColumns + QStringLiteral("p.date_of_birth = ?") + kOrder + QStringLiteral(" LIMIT ?"),
                {searchDate(trimmed).toString(Qt::ISODate), limit}};
    case SearchKind::OneWord: {
        // One word: surnames that start with it first, in index order.
        const QString word = nameWords(trimmed).first();
        return {kSummaryColumns + rangeOn("legal_surname") + kOrder + QStringLiteral(" LIMIT ?"),
                {word, prefixUpperBound(word), limit}};
    }
    case SearchKind::Words:
        break;
    }
    const QStringList words = nameWords(trimmed);
    // Several words: each must begin one of the names.
    QVariantList values;
    QStringList clauses;
    for (const QString& word : words) {
        QStringList alternatives;
        for (const char* column : {"legal_surname", "legal_forename", "preferred_surname", "preferred_forename"}) {
            alternatives << rangeOn(column);
            values << word << prefixUpperBound(word);
        }
        clauses << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    values << limit;
    return {kSummaryColumns + QLatin1Char('(') + clauses.join(QStringLiteral(" AND ")) + QLatin1Char(')') + kOrder +
                QStringLiteral(" LIMIT ?"),
            values};
}

SqlStatement PupilRepository::searchFollowUpStatement(const QString& text, int limit)
{
    if (searchKind(text.trimmed()) != SearchKind::OneWord) {
        return {};
    }
    // One word, after the surname matches: forenames and preferred names that start with it.
    const QString word = nameWords(text).first();
    const QString bound = prefixUpperBound(word);
    return {kSummaryColumns + QStringLiteral("NOT ") + rangeOn("legal_surname") + QStringLiteral(" AND (") +
                rangeOn("legal_forename") + QStringLiteral(" OR ") + rangeOn("preferred_surname") +
                QStringLiteral(" OR ") + rangeOn("preferred_forename") + QLatin1Char(')') + kOrder +
                QStringLiteral(" LIMIT ?"),
            {word, bound, word, bound, word, bound, word, bound, limit}};
}

Result<QVector<PupilSummary>> PupilRepository::search(const QString& text, int limit)
{
    QVector<PupilSummary> rows;
    const SqlStatement first = searchStatement(text, limit);
    if (first.sql.isEmpty()) {
        return rows;
    }
    if (Status s = readSummaries(first, rows); !s) {
        return s.error();
    }
    if (rows.size() < limit) {
        const SqlStatement followUp = searchFollowUpStatement(text, limit - static_cast<int>(rows.size()));
        if (!followUp.sql.isEmpty()) {
            if (Status s = readSummaries(followUp, rows); !s) {
                return s.error();
            }
        }
    }
    return rows;
}

Status PupilRepository::readSummaries(const SqlStatement& statement, QVector<PupilSummary>& rows)
{
    SqlQuery q(m_db.connection(), statement);
    if (Status s = q.exec(); !s) {
        return s;
    }
    while (q.next()) {
        PupilSummary row;
        row.id = q.id(0);
        row.upn = q.text(1);
        row.name = q.text(2).toUpper() + QStringLiteral(", ") + q.text(3);
        const QString preferred = q.text(4);
        if (!preferred.isEmpty() && preferred != q.text(3)) {
            row.name += QStringLiteral(" (") + preferred + QLatin1Char(')');
        }
        row.dateOfBirth = q.date(5);
        row.currentSchool = q.text(6);
        rows.push_back(row);
    }
    return {};
}

SqlStatement PupilRepository::likelyDuplicatesStatement(const QString& upn, const QString& forename,
                                                        const QString& surname, QDate dateOfBirth)
{
    // Two indexed lookups (the UPN's unique index; the date-of-birth index, then the names on those few rows),
    // joined by id. Both sides of each name comparison go through SQLite's lower() so they fold alike.
    const QString trimmedUpn = upn.trimmed().toUpper();
    return {kSummaryColumns +
                QStringLiteral("p.id IN (SELECT id FROM pupils WHERE upn = ? UNION SELECT id FROM pupils "
                               "WHERE date_of_birth = ? AND (lower(legal_forename) = lower(?) OR "
                               "lower(preferred_forename) = lower(?)) AND (lower(legal_surname) = lower(?) OR "
                               "lower(preferred_surname) = lower(?)))") +
                kOrder,
            {trimmedUpn.isEmpty() ? QVariant() : QVariant(trimmedUpn),
             dateOfBirth.isValid() ? QVariant(dateOfBirth.toString(Qt::ISODate)) : QVariant(), forename.trimmed(),
             forename.trimmed(), surname.trimmed(), surname.trimmed()}};
}

Result<QVector<PupilSummary>> PupilRepository::likelyDuplicates(const QString& upn, const QString& forename,
                                                                const QString& surname, QDate dateOfBirth)
{
    QVector<PupilSummary> rows;
    if (Status s = readSummaries(likelyDuplicatesStatement(upn, forename, surname, dateOfBirth), rows); !s) {
        return s.error();
    }
    return rows;
}

namespace {

const QString kSen = QStringLiteral("sen");
const QString kFsm = QStringLiteral("fsm");
const QString kLookedAfter = QStringLiteral("looked_after");

} // namespace

Result<PupilCharacteristics> PupilRepository::characteristics(qint64 pupilId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT kind, value FROM pupil_characteristics WHERE pupil_id = :id "
                                                 "AND valid_to IS NULL ORDER BY valid_from"));
    q.bind(QStringLiteral(":id"), pupilId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    PupilCharacteristics c;
    while (q.next()) { // the latest open row of a kind wins
        const QString kind = q.text(0);
        if (kind == kSen) {
            c.sen = q.text(1);
        } else if (kind == kFsm) {
            c.fsm = q.text(1);
        } else if (kind == kLookedAfter) {
            c.lookedAfter = q.text(1);
        }
    }
    return c;
}

Status PupilRepository::setCharacteristic(qint64 pupilId, const QString& kind, const QString& value, QDate today)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    SqlQuery open(m_db.connection(),
                  QStringLiteral("SELECT id, value, valid_from FROM pupil_characteristics WHERE pupil_id = :id AND "
                                 "kind = :kind AND valid_to IS NULL ORDER BY valid_from DESC LIMIT 1"));
    open.bind(QStringLiteral(":id"), pupilId).bind(QStringLiteral(":kind"), kind);
    if (Status s = open.exec(); !s) {
        return s;
    }
    const bool hasOpen = open.next();
    const qint64 openId = hasOpen ? open.id(0) : 0;
    const QString openValue = hasOpen ? open.text(1) : QString();
    const QDate openFrom = hasOpen ? open.date(2) : QDate();
    if (openValue == value) {
        return tx.commit();
    }
    const QString now = m_db.dialect().nowExpression();
    if (hasOpen && openFrom >= today) {
        // Recorded today already: correct that row rather than leave a one-day history.
        SqlQuery change(m_db.connection(), value.isEmpty()
                                               ? QStringLiteral("DELETE FROM pupil_characteristics WHERE id = :row")
                                               : QStringLiteral("UPDATE pupil_characteristics SET value = :value, "
                                                                "row_version = row_version + 1, updated_at = ") +
                                                     now + QStringLiteral(" WHERE id = :row"));
        change.bind(QStringLiteral(":row"), openId);
        if (!value.isEmpty()) {
            change.bind(QStringLiteral(":value"), value);
        }
        if (Status s = change.exec(); !s) {
            return s;
        }
        return tx.commit();
    }
    if (hasOpen) {
        SqlQuery close(m_db.connection(),
                       QStringLiteral("UPDATE pupil_characteristics SET valid_to = :to, row_version = row_version + 1, "
                                      "updated_at = ") +
                           now + QStringLiteral(" WHERE id = :row"));
        close.bindDate(QStringLiteral(":to"), today.addDays(-1)).bind(QStringLiteral(":row"), openId);
        if (Status s = close.exec(); !s) {
            return s;
        }
    }
    if (!value.isEmpty()) {
        SqlQuery add(m_db.connection(), QStringLiteral("INSERT INTO pupil_characteristics (pupil_id, kind, value, "
                                                       "valid_from) VALUES (:id, :kind, :value, :from)"));
        add.bind(QStringLiteral(":id"), pupilId)
            .bind(QStringLiteral(":kind"), kind)
            .bind(QStringLiteral(":value"), value)
            .bindDate(QStringLiteral(":from"), today);
        if (Status s = add.exec(); !s) {
            return s;
        }
    }
    return tx.commit();
}

Status PupilRepository::setCharacteristics(qint64 pupilId, const PupilCharacteristics& c, QDate today)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    for (const auto& [kind, value] :
         {std::pair(kSen, c.sen), std::pair(kFsm, c.fsm), std::pair(kLookedAfter, c.lookedAfter)}) {
        if (Status s = setCharacteristic(pupilId, kind, value, today); !s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace casebook
