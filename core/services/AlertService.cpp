#include "services/AlertService.h"

#include "calendar/AcademicYear.h"
#include "calendar/NationalCurriculumYear.h"
#include "repositories/CaseFactsRepository.h"
#include "repositories/SchoolRepository.h"
#include "repositories/SettingsRepository.h"
#include "rules/CaseAlerts.h"
#include "rules/Retention.h"
#include "services/AlertSettings.h"
#include "services/CalendarService.h"

#include <QHash>

#include <algorithm>

namespace casebook {

namespace {

// The school each record belongs to, so a deadline can name it.
template <typename Facts>
qint64 schoolIn(const std::vector<Facts>& records, qint64 id)
{
    for (const Facts& f : records) {
        if (f.id == id) {
            return f.schoolId;
        }
    }
    return 0;
}

qint64 schoolOfRecord(const PupilCase& c, const Deadline& d)
{
    switch (d.recordKind) {
    case RecordKind::Suspension:
        return schoolIn(c.suspensions, d.recordId);
    case RecordKind::Exclusion:
        return schoolIn(c.exclusions, d.recordId);
    case RecordKind::Psp:
        return schoolIn(c.psps, d.recordId);
    case RecordKind::PipReferral:
        return schoolIn(c.referrals, d.recordId);
    case RecordKind::Registration:
        return schoolIn(c.registrations, d.recordId);
    }
    return 0;
}

std::vector<AlertRow> rowsFor(const PupilCase& c, const CalendarSet& calendars, QDate onDate,
                              const QHash<qint64, QString>& schoolNames, const AlertThresholds& thresholds)
{
    std::vector<AlertRow> rows;
    for (const Deadline& d : openDeadlinesForCase(c, calendars, onDate, thresholds)) {
        rows.push_back({d, c.pupilId, c.upn, c.name, schoolNames.value(schoolOfRecord(c, d))});
    }
    return rows;
}

Result<QHash<qint64, QString>> schoolNames(Database& db)
{
    auto list = SchoolRepository(db).list({}, 1000000);
    if (!list) {
        return list.error();
    }
    QHash<qint64, QString> names;
    for (const auto& row : list.value()) {
        names.insert(row.school.id, row.school.name);
    }
    return names;
}

} // namespace

Result<std::vector<AlertRow>> AlertService::openAlerts(QDate onDate)
{
    Result<CalendarSet> calendars = loadCalendarSet(m_db);
    if (!calendars) {
        return calendars.error();
    }
    auto names = schoolNames(m_db);
    if (!names) {
        return names.error();
    }
    const AlertThresholds thresholds = loadAlertThresholds(m_db);
    const QDate since = AcademicYear::containing(onDate).previous().firstDay();
    auto cases = CaseFactsRepository(m_db).casesSince(since, onDate);
    if (!cases) {
        return cases.error();
    }
    std::vector<AlertRow> all;
    for (const PupilCase& c : cases.value()) {
        std::vector<AlertRow> rows = rowsFor(c, calendars.value(), onDate, names.value(), thresholds);
        all.insert(all.end(), rows.begin(), rows.end());
    }
    std::stable_sort(all.begin(), all.end(), [](const AlertRow& a, const AlertRow& b) {
        return a.deadline.due != b.deadline.due ? a.deadline.due < b.deadline.due : a.pupilName < b.pupilName;
    });
    return all;
}

Result<PupilStatus> AlertService::pupilStatus(qint64 pupilId, QDate onDate)
{
    auto found = CaseFactsRepository(m_db).caseForPupil(pupilId, onDate);
    if (!found) {
        return found.error();
    }
    // Only the calendars of the schools in this pupil's records are needed.
    std::set<qint64> schools;
    for (const SuspensionFacts& s : found->suspensions) {
        schools.insert(s.schoolId);
    }
    for (const ExclusionFacts& x : found->exclusions) {
        schools.insert(x.schoolId);
    }
    Result<CalendarSet> calendars = loadCalendarSet(m_db, schools);
    if (!calendars) {
        return calendars.error();
    }
    auto names = schoolNames(m_db);
    if (!names) {
        return names.error();
    }
    const PupilCase& c = found.value();
    PupilStatus status;
    status.pupilId = c.pupilId;
    status.upn = c.upn;
    status.name = c.name;
    status.dateOfBirth = c.facts.dateOfBirth;
    status.ncYear = nationalCurriculumYear(c.facts.dateOfBirth, onDate).value_or(-99);
    status.lookedAfter = c.facts.lookedAfter;
    status.hasSocialWorker = c.facts.hasSocialWorker;
    status.figures = keyFiguresForPupil(c.suspensions, c.exclusions, calendars.value(), onDate);
    status.deadlines = rowsFor(c, calendars.value(), onDate, names.value(), loadAlertThresholds(m_db));
    status.calendarEstimated = !calendars->laCalendar().covers(onDate);
    auto setting = SettingsRepository(m_db).value(QStringLiteral("retention_years"));
    const int years = setting ? setting->toInt() : 0;
    status.retentionDate = retentionDate(c.facts.dateOfBirth, years > 0 ? years : guidance::kDefaultRetentionYears);
    return status;
}

} // namespace casebook
