#include "repositories/CalendarRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace casebook {

namespace {

Status insertPeriod(Database& db, const NonSchoolPeriod& p, qint64 schoolId)
{
    SqlQuery q(db.connection(), QStringLiteral("INSERT INTO non_school_days (school_id, kind, first_day, last_day, "
                                               "description) VALUES (:school, :kind, :first, :last, :desc)"));
    q.bind(QStringLiteral(":school"), schoolId > 0 ? QVariant(schoolId) : QVariant())
        .bind(QStringLiteral(":kind"), nonSchoolKindId(p.kind))
        .bindDate(QStringLiteral(":first"), p.from)
        .bindDate(QStringLiteral(":last"), p.to)
        .bindOptional(QStringLiteral(":desc"), p.description);
    return q.exec();
}

} // namespace

Result<CalendarInput> CalendarRepository::loadLaInput()
{
    CalendarInput input;
    SqlQuery terms(m_db.connection(), QStringLiteral("SELECT academic_year, term, first_day, last_day FROM term_dates "
                                                     "ORDER BY first_day"));
    if (Status s = terms.exec(); !s) {
        return s.error();
    }
    while (terms.next()) {
        auto year = AcademicYear::fromLabel(terms.text(0));
        auto term = termFromId(terms.text(1));
        if (!year || !term) {
            return makeError(Error::Code::Invalid,
                             QStringLiteral("The stored term dates hold an unknown year or term: %1 %2")
                                 .arg(terms.text(0), terms.text(1)));
        }
        input.terms.push_back({year.value(), *term, terms.date(2), terms.date(3)});
    }

    SqlQuery days(m_db.connection(),
                  QStringLiteral("SELECT kind, first_day, last_day, description FROM non_school_days "
                                 "WHERE school_id IS NULL ORDER BY first_day"));
    if (Status s = days.exec(); !s) {
        return s.error();
    }
    while (days.next()) {
        const auto kind = nonSchoolKindFromId(days.text(0));
        input.nonSchoolPeriods.push_back(
            {days.date(1), days.date(2), kind.value_or(NonSchoolKind::Closure), days.text(3)});
    }

    SqlQuery exams(m_db.connection(), QStringLiteral("SELECT label, year11_exams_end FROM academic_years "
                                                     "WHERE year11_exams_end IS NOT NULL ORDER BY label"));
    if (Status s = exams.exec(); !s) {
        return s.error();
    }
    while (exams.next()) {
        auto year = AcademicYear::fromLabel(exams.text(0));
        if (year) {
            input.year11ExamsEnd.push_back({year.value(), exams.date(1)});
        }
    }
    return input;
}

Result<std::map<qint64, std::vector<NonSchoolPeriod>>> CalendarRepository::loadSchoolClosures()
{
    std::map<qint64, std::vector<NonSchoolPeriod>> closures;
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT school_id, kind, first_day, last_day, description "
                              "FROM non_school_days WHERE school_id IS NOT NULL ORDER BY first_day"));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    while (q.next()) {
        const auto kind = nonSchoolKindFromId(q.text(1));
        closures[q.id(0)].push_back({q.date(2), q.date(3), kind.value_or(NonSchoolKind::Closure), q.text(4)});
    }
    return closures;
}

Result<SchoolCalendar> CalendarRepository::laCalendar()
{
    Result<CalendarInput> input = loadLaInput();
    if (!input) {
        return input.error();
    }
    return SchoolCalendar::create(std::move(input).value());
}

Status CalendarRepository::replaceYears(const QVector<AcademicYear>& years, const CalendarInput& input,
                                        const std::vector<SchoolClosure>& closures)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    for (const AcademicYear& year : years) {
        SqlQuery delTerms(m_db.connection(), QStringLiteral("DELETE FROM term_dates WHERE academic_year = :y"));
        delTerms.bind(QStringLiteral(":y"), year.label());
        SqlQuery delDays(m_db.connection(),
                         QStringLiteral("DELETE FROM non_school_days WHERE first_day >= :from AND first_day <= :to"));
        delDays.bindDate(QStringLiteral(":from"), year.firstDay()).bindDate(QStringLiteral(":to"), year.lastDay());
        SqlQuery delExam(m_db.connection(), QStringLiteral("UPDATE academic_years SET year11_exams_end = NULL "
                                                           "WHERE label = :y"));
        delExam.bind(QStringLiteral(":y"), year.label());
        for (SqlQuery* q : {&delTerms, &delDays, &delExam}) {
            if (Status s = q->exec(); !s) {
                return s;
            }
        }
    }
    for (const TermDates& t : input.terms) {
        SqlQuery q(m_db.connection(),
                   QStringLiteral("INSERT INTO term_dates (academic_year, term, first_day, last_day) "
                                  "VALUES (:y, :t, :f, :l)"));
        q.bind(QStringLiteral(":y"), t.year.label())
            .bind(QStringLiteral(":t"), termId(t.term))
            .bindDate(QStringLiteral(":f"), t.firstDay)
            .bindDate(QStringLiteral(":l"), t.lastDay);
        if (Status s = q.exec(); !s) {
            return s;
        }
    }
    for (const NonSchoolPeriod& p : input.nonSchoolPeriods) {
        if (Status s = insertPeriod(m_db, p, 0); !s) {
            return s;
        }
    }
    for (const SchoolClosure& c : closures) {
        if (Status s = insertPeriod(m_db, c.period, c.schoolId); !s) {
            return s;
        }
    }
    for (const Year11ExamsEnd& e : input.year11ExamsEnd) {
        SqlQuery del(m_db.connection(), QStringLiteral("DELETE FROM academic_years WHERE label = :y"));
        del.bind(QStringLiteral(":y"), e.year.label());
        SqlQuery ins(m_db.connection(),
                     QStringLiteral("INSERT INTO academic_years (label, year11_exams_end) VALUES (:y, :d)"));
        ins.bind(QStringLiteral(":y"), e.year.label()).bindDate(QStringLiteral(":d"), e.lastExamDay);
        for (SqlQuery* q : {&del, &ins}) {
            if (Status s = q->exec(); !s) {
                return s;
            }
        }
    }
    return tx.commit();
}

} // namespace casebook
