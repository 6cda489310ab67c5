#include "services/CalendarImport.h"

#include "calendar/SchoolCalendar.h"
#include "io/CsvReader.h"
#include "io/Dates.h"
#include "repositories/CalendarRepository.h"
#include "repositories/SchoolRepository.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace casebook {

namespace {

const QStringList kRequired = {QStringLiteral("academic_year"), QStringLiteral("kind"), QStringLiteral("first_day")};

std::optional<Term> termKind(const QString& kind)
{
    if (kind == QLatin1String("autumn_term")) {
        return Term::Autumn;
    }
    if (kind == QLatin1String("spring_term")) {
        return Term::Spring;
    }
    if (kind == QLatin1String("summer_term")) {
        return Term::Summer;
    }
    return std::nullopt;
}

} // namespace

Result<CalendarImport::Summary> CalendarImport::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    }
    return importCsv(file.readAll(), path);
}

Result<CalendarImport::Summary> CalendarImport::importCsv(const QByteArray& bytes, const QString& sourceName)
{
    Result<CsvTable> parsed = parseCsv(bytes);
    if (!parsed) {
        return makeError(Error::Code::Invalid, sourceName + QStringLiteral(": ") + parsed.error().message);
    }
    const CsvTable& table = parsed.value();
    QStringList problems;
    for (const QString& name : kRequired) {
        if (table.column(name) < 0) {
            problems << QStringLiteral("%1: the header has no '%2' column (columns: academic_year, kind, first_day, "
                                       "last_day, description, school_urn)")
                            .arg(sourceName, name);
        }
    }
    if (!problems.isEmpty()) {
        return makeError(Error::Code::Invalid, problems.join(QLatin1Char('\n')));
    }
    const int cYear = table.column(QStringLiteral("academic_year"));
    const int cKind = table.column(QStringLiteral("kind"));
    const int cFirst = table.column(QStringLiteral("first_day"));
    const int cLast = table.column(QStringLiteral("last_day"));
    const int cDesc = table.column(QStringLiteral("description"));
    const int cUrn = table.column(QStringLiteral("school_urn"));

    CalendarInput input;
    std::vector<CalendarRepository::SchoolClosure> closures;
    QSet<int> yearSet;
    QHash<QString, qint64> schoolIds; // each distinct URN is looked up once
    SchoolRepository schools(m_db);

    for (const CsvTable::Record& record : table.records) {
        auto field = [&](int c) {
            return c >= 0 && c < record.fields.size() ? record.fields.at(c).trimmed() : QString();
        };
        auto problem = [&](const QString& column, const QString& what) {
            problems << QStringLiteral("%1 line %2, %3: %4").arg(sourceName).arg(record.line).arg(column, what);
        };
        const int before = static_cast<int>(problems.size());

        auto year = AcademicYear::fromLabel(field(cYear));
        if (!year) {
            problem(QStringLiteral("academic_year"),
                    QStringLiteral("'%1' is not an academic year like 2024/25").arg(field(cYear)));
        }
        const QDate first = parseFileDate(field(cFirst));
        if (!first.isValid()) {
            problem(QStringLiteral("first_day"),
                    QStringLiteral("'%1' is not a date (use YYYY-MM-DD or dd/mm/yyyy)").arg(field(cFirst)));
        }
        QDate last = first;
        if (!field(cLast).isEmpty()) {
            last = parseFileDate(field(cLast));
            if (!last.isValid()) {
                problem(QStringLiteral("last_day"),
                        QStringLiteral("'%1' is not a date (use YYYY-MM-DD or dd/mm/yyyy)").arg(field(cLast)));
            } else if (first.isValid() && last < first) {
                problem(QStringLiteral("last_day"), QStringLiteral("ends before it starts"));
            }
        }
        if (year && first.isValid() && !year->contains(first)) {
            problem(QStringLiteral("first_day"), QStringLiteral("%1 is not in the academic year %2")
                                                     .arg(first.toString(QStringLiteral("dd/MM/yyyy")), year->label()));
        }
        qint64 schoolId = 0;
        const QString urn = field(cUrn);
        if (!urn.isEmpty()) {
            if (!schoolIds.contains(urn)) {
                auto found = schools.findByUrn(urn);
                if (!found) {
                    return found.error();
                }
                schoolIds.insert(urn, found->has_value() ? (*found)->id : 0);
            }
            schoolId = schoolIds.value(urn);
            if (schoolId == 0) {
                problem(QStringLiteral("school_urn"), QStringLiteral("no school with URN %1 is known").arg(urn));
            }
        }

        const QString kind = field(cKind).toLower();
        const auto term = termKind(kind);
        const auto nonSchool = nonSchoolKindFromId(kind);
        const bool exams = kind == QLatin1String("year11_exams_end");
        if (!term && !nonSchool && !exams) {
            problem(QStringLiteral("kind"),
                    QStringLiteral("'%1' is not one of autumn_term, spring_term, summer_term, half_term, holiday, "
                                   "inset, bank_holiday, closure, year11_exams_end")
                        .arg(field(cKind)));
        }
        if ((term || exams) && !urn.isEmpty()) {
            problem(QStringLiteral("school_urn"), QStringLiteral("term dates and exam dates are LA-wide; only "
                                                                 "non-school days can belong to one school"));
        }
        if (problems.size() > before) {
            continue;
        }
        yearSet.insert(year->startYear());
        if (term) {
            input.terms.push_back({year.value(), *term, first, last});
        } else if (exams) {
            input.year11ExamsEnd.push_back({year.value(), first});
        } else if (schoolId > 0) {
            closures.push_back({schoolId, {first, last, *nonSchool, field(cDesc)}});
        } else {
            input.nonSchoolPeriods.push_back({first, last, *nonSchool, field(cDesc)});
        }
    }
    if (!problems.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("Nothing was imported. Fix these and import the file again:\n") +
                             problems.join(QLatin1Char('\n')));
    }
    if (table.records.isEmpty()) {
        return makeError(Error::Code::Invalid, sourceName + QStringLiteral(": the file has a header but no rows."));
    }

    // The calendar as it will be after the import must be consistent (no overlapping terms and so on).
    CalendarRepository repo(m_db);
    Result<CalendarInput> existing = repo.loadLaInput();
    if (!existing) {
        return existing.error();
    }
    CalendarInput merged = input;
    for (const TermDates& t : existing->terms) {
        if (!yearSet.contains(t.year.startYear())) {
            merged.terms.push_back(t);
        }
    }
    if (Result<SchoolCalendar> check = SchoolCalendar::create(merged); !check) {
        return makeError(Error::Code::Invalid,
                         sourceName + QStringLiteral(": nothing was imported: ") + check.error().message);
    }

    QList<int> sortedYears = yearSet.values();
    std::sort(sortedYears.begin(), sortedYears.end());
    QVector<AcademicYear> years;
    Summary summary;
    for (int y : sortedYears) {
        years.push_back(AcademicYear(y));
        summary.academicYears << AcademicYear(y).label();
    }
    if (Status s = repo.replaceYears(years, input, closures); !s) {
        return s.error();
    }
    summary.terms = static_cast<int>(input.terms.size());
    summary.nonSchoolPeriods = static_cast<int>(input.nonSchoolPeriods.size());
    summary.schoolClosures = static_cast<int>(closures.size());
    summary.examDates = static_cast<int>(input.year11ExamsEnd.size());
    return summary;
}

} // namespace casebook
