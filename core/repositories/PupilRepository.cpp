#include "repositories/PupilRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QRegularExpression>

namespace casebook {

namespace {

const QString kPupilColumns =
    QStringLiteral("id, upn, legal_forename, legal_surname, preferred_forename, preferred_surname, date_of_birth, sex, "
                   "ethnicity_code, has_social_worker");

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
    return p;
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
                              "has_social_worker) VALUES (:upn, :temp, :lf, :ls, :pf, :ps, :dob, :sex, :eth, :sw)") +
                   m_db.dialect().returningId());
    q.bindOptional(QStringLiteral(":upn"), p.upn)
        .bind(QStringLiteral(":temp"), !p.upn.isEmpty() && p.upn.back().isLetter() ? 1 : 0)
        .bind(QStringLiteral(":lf"), p.legalForename)
        .bind(QStringLiteral(":ls"), p.legalSurname)
        .bindOptional(QStringLiteral(":pf"), p.preferredForename)
        .bindOptional(QStringLiteral(":ps"), p.preferredSurname)
        .bindDate(QStringLiteral(":dob"), p.dateOfBirth)
        .bind(QStringLiteral(":sex"), p.sex.isEmpty() ? QStringLiteral("U") : p.sex)
        .bindOptional(QStringLiteral(":eth"), p.ethnicityCode)
        .bind(QStringLiteral(":sw"), p.hasSocialWorker ? 1 : 0);
    return q.scalar();
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

} // namespace casebook
