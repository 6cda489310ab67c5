#include "HistoryBuilders.h"

#include "Builders.h"
#include "PlacementBuilders.h"
#include "PlanningBuilders.h"

#include "caserecords/RecordVoiding.h"
#include "db/Database.h"
#include "repositories/ApPlacementRepository.h"
#include "repositories/CaseNoteRepository.h"
#include "repositories/EheCmeRepository.h"
#include "repositories/EnrolmentRepository.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/PipReferralRepository.h"
#include "repositories/PlacementRepository.h"
#include "repositories/PspRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "repositories/SupportRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {

namespace {

template <typename T>
qint64 idOf(const Result<T>& result, const char* what)
{
    EXPECT_TRUE(result) << what << ": " << (result ? std::string() : result.error().message.toStdString());
    return result ? result.value() : 0;
}

qint64 enrol(Database& db, qint64 pupil, qint64 school, QDate start, QDate end, const QString& leaving,
             qint64 destination)
{
    Enrolment e;
    e.pupilId = pupil;
    e.schoolId = school;
    e.startDate = start;
    e.endDate = end;
    e.leavingReason = leaving;
    e.destinationSchoolId = destination;
    return idOf(EnrolmentRepository(db).insert(e), "enrolment");
}

qint64 suspend(Database& db, qint64 pupil, qint64 school, QDate firstDay, int sessions, const QStringList& reasons,
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
    return idOf(ExclusionRepository(db).insertSuspension(s), "suspension");
}

} // namespace

RichHistory buildRichHistory(Database& db)
{
    RichHistory h;
    SchoolRepository schools(db);
    h.westbrook = idOf(schools.insert(makeSchool(QStringLiteral("137000"), QStringLiteral("Westbrook Primary"),
                                                 QStringLiteral("primary"))),
                       "Westbrook");
    h.northfield =
        idOf(schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield Academy"))), "Northfield");
    h.southgate = idOf(schools.insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Southgate High School"))),
                       "Southgate");
    h.pupil = idOf(PupilRepository(db).insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"),
                                                        QDate(2011, 5, 1), makeUpn(938, 4001, 11, 1))),
                   "pupil");

    enrol(db, h.pupil, h.westbrook, QDate(2018, 9, 5), QDate(2022, 7, 22), QStringLiteral("moved_school"), 0);
    enrol(db, h.pupil, h.northfield, QDate(2022, 9, 5), QDate(2024, 1, 12), QStringLiteral("managed_move"),
          h.southgate);
    h.southgateEnrolment = enrol(db, h.pupil, h.southgate, QDate(2024, 1, 15), QDate(2025, 11, 21),
                                 QStringLiteral("permanent_exclusion"), 0);

    suspend(db, h.pupil, h.northfield, QDate(2023, 3, 6), 4, {QStringLiteral("DB")});
    suspend(db, h.pupil, h.northfield, QDate(2023, 11, 6), 2, {QStringLiteral("VA"), QStringLiteral("DB")});
    suspend(db, h.pupil, h.southgate, QDate(2024, 10, 7), 2, {QStringLiteral("DB"), QStringLiteral("VA")});
    suspend(db, h.pupil, h.southgate, QDate(2025, 2, 3), 1, {QStringLiteral("DB")}, true);
    h.lastSuspension = suspend(db, h.pupil, h.southgate, QDate(2025, 9, 15), 4, {QStringLiteral("PA")});
    h.voidedSuspension = suspend(db, h.pupil, h.southgate, QDate(2025, 10, 13), 10, {QStringLiteral("DB")});
    EXPECT_TRUE(voidRecord(db, CaseRecordKind::Suspension, h.voidedSuspension, QStringLiteral("Entered twice")));

    Placement move = makePlacement(h.pupil, QStringLiteral("managed_move"), h.northfield, h.southgate,
                                   QDate(2024, 1, 15), QDate(2024, 3, 1), QDate(2024, 4, 12));
    move.outcome = QStringLiteral("successful");
    h.managedMove = idOf(PlacementRepository(db).insert(move), "managed move");

    Support earlyHelp = makeSupport(h.pupil, QStringLiteral("early_help"), QDate(2024, 11, 1));
    earlyHelp.schoolId = h.southgate;
    h.support = idOf(SupportRepository(db).insert(earlyHelp), "support");

    Psp psp = makePsp(h.pupil, h.southgate, QDate(2025, 2, 10));
    psp.endDate = QDate(2025, 6, 13);
    psp.status = QStringLiteral("completed");
    psp.reviews.push_back({0, QDate(2025, 3, 10), QDate(2025, 3, 10), QStringLiteral("Targets half met")});
    h.psp = idOf(PspRepository(db).insert(psp), "PSP");

    PipReferral referral = makeReferral(h.pupil, h.southgate, QDate(2025, 3, 10));
    referral.status = QStringLiteral("decided");
    referral.decision = QStringLiteral("outreach_support");
    referral.decisionOn = QDate(2025, 3, 24);
    h.referral = idOf(PipReferralRepository(db).insert(referral), "referral");

    ApPlacement ap = makeApPlacement(h.pupil, QStringLiteral("Horizons Learning Centre"), QDate(2025, 4, 28));
    ap.endDate = QDate(2025, 7, 18);
    ap.commissioningSchoolId = h.southgate;
    h.apPlacement = idOf(ApPlacementRepository(db).insert(ap), "AP placement");

    PermanentExclusion x;
    x.pupilId = h.pupil;
    x.schoolId = h.southgate;
    x.decisionDate = QDate(2025, 11, 3);
    x.effectiveDate = QDate(2025, 11, 4);
    x.reasonCodes = {QStringLiteral("PA")};
    x.boardMeetingOn = QDate(2025, 11, 20);
    x.boardOutcome = QStringLiteral("upheld");
    h.exclusion = idOf(ExclusionRepository(db).insertExclusion(x), "permanent exclusion");

    h.caseNote = idOf(CaseNoteRepository(db).insert(makeCaseNote(h.pupil, QDate(2025, 11, 5),
                                                                 QStringLiteral("Parent phoned about the exclusion"))),
                      "case note");
    EheCmeRegistration ehe = makeRegistration(h.pupil, QStringLiteral("ehe"), QDate(2025, 12, 1));
    ehe.schoolId = h.southgate;
    h.ehe = idOf(EheCmeRepository(db).insert(ehe), "EHE registration");
    return h;
}

} // namespace casebook::test
