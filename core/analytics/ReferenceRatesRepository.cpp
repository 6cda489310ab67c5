#include "analytics/ReferenceRatesRepository.h"

#include "calendar/AcademicYear.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "repositories/VersionedWrite.h"

namespace casebook {

namespace {

Status checkRate(const NationalRate& rate)
{
    if (!AcademicYear::fromLabel(rate.academicYear)) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("Academic year must look like 2024/25, not \"%1\".").arg(rate.academicYear));
    }
    if (rate.measure != kNationalSuspensionRate && rate.measure != kNationalPermanentExclusionRate &&
        rate.measure != kNationalOneOrMoreRate) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("There is no national measure \"%1\".").arg(rate.measure));
    }
    if (!(rate.value >= 0.0)) {
        return makeError(Error::Code::Invalid, QStringLiteral("A national rate cannot be negative."));
    }
    return {};
}

} // namespace

SqlStatement ReferenceRatesRepository::allStatement()
{
    return {QStringLiteral("SELECT academic_year, measure, value, coalesce(source, ''), row_version FROM "
                           "national_rates ORDER BY academic_year, measure"),
            {}};
}

Result<std::vector<NationalRate>> ReferenceRatesRepository::all()
{
    SqlQuery q(m_db.connection(), allStatement());
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<NationalRate> rates;
    while (q.next()) {
        rates.push_back({q.text(0), q.text(1), q.value(2).toDouble(), q.text(3), q.integer(4)});
    }
    return rates;
}

Result<int> ReferenceRatesRepository::save(const NationalRate& rate)
{
    if (Status s = checkRate(rate); !s) {
        return s.error();
    }
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    if (rate.rowVersion == 0) {
        SqlQuery exists(m_db.connection(),
                        SqlStatement{QStringLiteral("SELECT count(*) FROM national_rates WHERE academic_year = ? "
                                                    "AND measure = ?"),
                                     {rate.academicYear, rate.measure}});
        Result<qint64> n = exists.scalar();
        if (!n) {
            return n.error();
        }
        if (n.value() > 0) {
            return makeError(
                Error::Code::Conflict,
                QStringLiteral("A national %1 for %2 is already recorded; open it to change it.")
                    .arg(QString(rate.measure).replace(QLatin1Char('_'), QLatin1Char(' ')), rate.academicYear));
        }
        SqlQuery insert(m_db.connection(),
                        SqlStatement{QStringLiteral("INSERT INTO national_rates (academic_year, measure, value, "
                                                    "source) VALUES (?, ?, ?, ?)"),
                                     {rate.academicYear, rate.measure, rate.value,
                                      rate.source.trimmed().isEmpty() ? QVariant() : QVariant(rate.source.trimmed())}});
        if (Status s = insert.exec(); !s) {
            return s.error();
        }
    } else {
        SqlQuery update(
            m_db.connection(),
            SqlStatement{QStringLiteral("UPDATE national_rates SET value = ?, source = ?, ") +
                             versioned::bumpVersionSql(m_db) +
                             QStringLiteral(" WHERE academic_year = ? AND measure = ? AND row_version = ?"),
                         {rate.value, rate.source.trimmed().isEmpty() ? QVariant() : QVariant(rate.source.trimmed()),
                          rate.academicYear, rate.measure, rate.rowVersion}});
        if (Status s = update.exec(); !s) {
            return s.error();
        }
        if (update.raw().numRowsAffected() != 1) {
            return makeError(Error::Code::Conflict, versioned::staleRecordMessage());
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return rate.rowVersion + 1;
}

Status ReferenceRatesRepository::remove(const NationalRate& rate)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    SqlQuery del(m_db.connection(),
                 SqlStatement{QStringLiteral("DELETE FROM national_rates WHERE academic_year = ? AND measure = ? AND "
                                             "row_version = ?"),
                              {rate.academicYear, rate.measure, rate.rowVersion}});
    if (Status s = del.exec(); !s) {
        return s;
    }
    if (del.raw().numRowsAffected() != 1) {
        return makeError(Error::Code::Conflict, versioned::staleRecordMessage());
    }
    return tx.commit();
}

} // namespace casebook
