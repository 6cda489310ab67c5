#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace casebook {

// A suspension as recorded (DOMAIN.md: Suspension). A further sanction is a new record, never an extension.
struct Suspension
{
    qint64 id = 0;
    qint64 pupilId = 0;
    qint64 schoolId = 0;
    bool lunchtime = false;
    QDate firstDay;
    bool startsAfternoon = false;
    int sessions = 0; // half days; a lunchtime suspension is 1
    QDate decisionDate;
    QStringList reasonCodes; // one to three DfE codes
    QString detail;
    QDate parentNotifiedOn;
    QDate governorsNotifiedOn;
    QDate laNotifiedOn;
    QDate socialWorkerNotifiedOn;
    QDate virtualSchoolNotifiedOn;
    QDate reintegrationMeetingOn;
    QString sixthDayProvision;
    QDate sixthDayProvisionFrom;
    QDate boardReviewRequestedOn;
    QDate boardReviewOn;
    QString boardReviewOutcome; // upheld, reinstated, noted
    bool wouldMissExam = false; // the pupil would miss a public exam or national curriculum test
    QDate cancelledOn;
    int rowVersion = 0; // as loaded; an update succeeds only while the stored row still has it
};

// A permanent exclusion and its review stages (DOMAIN.md: Permanent exclusion).
struct PermanentExclusion
{
    qint64 id = 0;
    qint64 pupilId = 0;
    qint64 schoolId = 0;
    QDate decisionDate;
    QDate effectiveDate;
    QStringList reasonCodes;
    QString detail;
    QDate parentNotifiedOn;
    QDate governorsNotifiedOn;
    QDate laNotifiedOn;
    QDate socialWorkerNotifiedOn;
    QDate virtualSchoolNotifiedOn;
    bool wouldMissExam = false; // the pupil would miss a public exam or national curriculum test
    QDate boardMeetingOn;
    QString boardOutcome; // upheld, reinstated
    QDate boardDecisionNoticeSentOn;
    QDate irpApplicationOn;
    QDate irpMeetingOn;
    QString irpOutcome; // upheld, recommend_reconsideration, quash_direct_reconsideration
    QDate irpDecisionOn;
    QDate reconsiderationOn;
    QString reconsiderationOutcome; // upheld, reinstated
    QDate laProvisionFrom;          // the LA's sixth-day provision starts
    QString laProvisionDetail;
    QString destination;
    QDate withdrawnOn;
    int rowVersion = 0; // as loaded; an update succeeds only while the stored row still has it
};

} // namespace casebook
