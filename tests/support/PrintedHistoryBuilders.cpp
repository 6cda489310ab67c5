#include "PrintedHistoryBuilders.h"

#include "Builders.h"
#include "PlacementBuilders.h"
#include "PlanningBuilders.h"

#include "domain/Enrolment.h"
#include "domain/Suspension.h"
#include "repositories/CaseNoteRepository.h"
#include "repositories/EnrolmentRepository.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/PipReferralRepository.h"
#include "repositories/PspRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "repositories/SupportRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {

namespace {

template <typename T>
qint64 idOf(const Result<T>& r, const char* what)
{
    if (!r) {
        ADD_FAILURE() << what << ": " << r.error().message.toStdString();
        return 0;
    }
    return r.value();
}

Suspension suspension(qint64 pupil, qint64 school, QDate firstDay, int sessions, const QStringList& reasons,
                      bool lunchtime = false)
{
    Suspension s;
    s.pupilId = pupil;
    s.schoolId = school;
    s.firstDay = firstDay;
    s.decisionDate = firstDay.addDays(-3);
    s.sessions = sessions;
    s.lunchtime = lunchtime;
    s.reasonCodes = reasons;
    return s;
}

} // namespace

PrintedHistory buildPrintedHistory(Database& db)
{
    PrintedHistory h;
    SchoolRepository schools(db);
    h.northfield =
        idOf(schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield Academy"))), "Northfield");
    h.southgate =
        idOf(schools.insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Southgate School"))), "Southgate");
    if (!loadFixtureTermDates(db)) {
        ADD_FAILURE() << "the 2024/25 term dates did not load";
    }
    h.upn = makeUpn(938, 4001, 11, 1);
    PupilCharacteristics flags;
    flags.sen = QStringLiteral("K");
    flags.fsm = QStringLiteral("1");
    flags.lookedAfter = QStringLiteral("1");
    h.pupilId = idOf(
        PupilRepository(db).insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1), h.upn),
                                   flags, QDate(2024, 9, 1)),
        "pupil");

    EnrolmentRepository enrolments(db);
    Enrolment first;
    first.pupilId = h.pupilId;
    first.schoolId = h.northfield;
    first.startDate = QDate(2024, 9, 3);
    first.endDate = QDate(2025, 1, 10);
    first.leavingReason = QStringLiteral("moved_school");
    idOf(enrolments.insert(first), "first enrolment");
    Enrolment second;
    second.pupilId = h.pupilId;
    second.schoolId = h.southgate;
    second.startDate = QDate(2025, 1, 13);
    idOf(enrolments.insert(second), "second enrolment");

    ExclusionRepository exclusions(db);
    idOf(exclusions.insertSuspension(
             suspension(h.pupilId, h.northfield, QDate(2024, 10, 7), 2, {QStringLiteral("DB"), QStringLiteral("VA")})),
         "first suspension");
    idOf(exclusions.insertSuspension(
             suspension(h.pupilId, h.southgate, QDate(2025, 2, 3), 1, {QStringLiteral("DB")}, true)),
         "lunchtime suspension");
    idOf(exclusions.insertSuspension(suspension(h.pupilId, h.southgate, QDate(2025, 9, 15), 4, {QStringLiteral("PA")})),
         "third suspension");

    idOf(PspRepository(db).insert(makePsp(h.pupilId, h.southgate, QDate(2025, 2, 10))), "PSP");

    PipReferral referral = makeReferral(h.pupilId, h.southgate, QDate(2025, 3, 10));
    referral.reason = QStringLiteral("Escalating behaviour despite the PSP");
    referral.status = QStringLiteral("decided");
    referral.decision = QStringLiteral("outreach_support");
    referral.decisionOn = QDate(2025, 3, 24);
    referral.decisionNotes = QStringLiteral("Weekly outreach sessions for a term");
    referral.actions = {
        {0,
         QStringLiteral("Outreach team to begin weekly sessions"),
         QStringLiteral("Behaviour outreach team"),
         QDate(2025, 4, 7),
         {}},
        {0, QStringLiteral("School to update the PSP targets"), QStringLiteral("School SENCo"), QDate(2025, 4, 25), {}},
    };
    h.referralId = idOf(PipReferralRepository(db).insert(referral), "referral");

    idOf(CaseNoteRepository(db).insert(
             makeCaseNote(h.pupilId, QDate(2025, 6, 2), QStringLiteral("Phoned the school about attendance"))),
         "case note");

    PermanentExclusion exclusion;
    exclusion.pupilId = h.pupilId;
    exclusion.schoolId = h.southgate;
    exclusion.decisionDate = QDate(2025, 11, 3);
    exclusion.effectiveDate = QDate(2025, 11, 4);
    exclusion.reasonCodes = {QStringLiteral("PA")};
    idOf(exclusions.insertExclusion(exclusion), "permanent exclusion");

    idOf(SupportRepository(db).insert(
             makeSupport(h.pupilId, QStringLiteral("ehc_needs_assessment"), QDate(2025, 11, 20))),
         "EHC needs assessment");

    h.events = {
        QStringLiteral("03/09/2024 Joined school"),
        QStringLiteral("07/10/2024 Suspension"),
        QStringLiteral("10/01/2025 Left school"),
        QStringLiteral("13/01/2025 Joined school"),
        QStringLiteral("03/02/2025 Suspension"),
        QStringLiteral("10/02/2025 Pastoral support plan"),
        QStringLiteral("10/03/2025 Inclusion panel referral"),
        QStringLiteral("24/03/2025 Inclusion panel decision"),
        QStringLiteral("02/06/2025 Case note"),
        QStringLiteral("15/09/2025 Suspension"),
        QStringLiteral("03/11/2025 Permanent exclusion"),
        QStringLiteral("20/11/2025 Support"),
    };
    return h;
}

} // namespace casebook::test
