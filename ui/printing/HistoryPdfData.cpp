#include "HistoryPdfData.h"

#include "history/TimelineRepository.h"

#include "history/HistoryRepository.h"
#include "repositories/CaseFactsRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/CalendarService.h"

#include <set>

namespace casebook::printing {

Result<HistoryPdfData> loadHistoryPdfData(Database& db, qint64 pupilId, QDate asOf)
{
    auto pupil = PupilRepository(db).load(pupilId);
    if (!pupil) {
        return pupil.error();
    }
    auto header = loadPupilHeader(db, pupilId, asOf);
    if (!header) {
        return header.error();
    }
    // Only the calendars of the schools in the pupil's records are needed to count days.
    auto facts = CaseFactsRepository(db).caseForPupil(pupilId, asOf);
    if (!facts) {
        return facts.error();
    }
    std::set<qint64> schools;
    for (const SuspensionFacts& s : facts->suspensions) {
        schools.insert(s.schoolId);
    }
    for (const ExclusionFacts& x : facts->exclusions) {
        schools.insert(x.schoolId);
    }
    auto calendars = loadCalendarSet(db, schools);
    if (!calendars) {
        return calendars.error();
    }
    auto history = HistoryRepository(db).historyForPupil(pupilId, *calendars, asOf);
    if (!history) {
        return history.error();
    }
    auto events = ChronologyRepository(db).eventsForPupil(pupilId, false);
    if (!events) {
        return events.error();
    }
    // "As on" a past day (--as-of) leaves out what is dated after it, in the chronology and the timeline alike. As
    // on today, everything on record is printed, including a suspension decided but not yet begun (the figures count
    // it: they take a record from its decision).
    const bool pastDay = asOf < QDate::currentDate();
    auto records = TimelineRepository(db).recordsForPupil(pupilId);
    if (!records) {
        return records.error();
    }
    std::vector<TimelineRecord> shown;
    for (const TimelineRecord& r : *records) {
        if (!pastDay || !r.start.isValid() || r.start <= asOf) {
            shown.push_back(r);
            if (pastDay && shown.back().end.isValid() && shown.back().end > asOf) {
                shown.back().end = QDate(); // still open on that day: runs to it
            }
        }
    }

    HistoryPdfData data;
    data.pupilId = pupilId;
    data.name = pupil->displayName();
    data.upn = pupil->upn;
    data.dateOfBirth = pupil->dateOfBirth;
    data.header = *header;
    data.years = history->years;
    data.supportTried = history->supportTried;
    data.asOf = asOf;
    data.timeline = buildTimeline(shown, asOf);
    for (const ChronologyEvent& e : *events) {
        if (!pastDay || !e.date.isValid() || e.date <= asOf) {
            data.events.push_back(e);
        }
    }
    std::set<qint64> named;
    for (const YearFigures& y : data.years) {
        named.insert(y.schoolIds.begin(), y.schoolIds.end());
    }
    for (const SupportBeforeExclusion& s : data.supportTried) {
        named.insert(s.schoolId);
    }
    SchoolRepository schoolRepository(db);
    for (const qint64 id : named) {
        if (id <= 0) {
            continue;
        }
        auto school = schoolRepository.load(id);
        if (!school) {
            return school.error();
        }
        data.schoolNames.insert(id, school->name);
    }
    return data;
}

} // namespace casebook::printing
