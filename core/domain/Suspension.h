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
    QDate cancelledOn;
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
    QDate boardMeetingOn;
    QString boardOutcome; // upheld, reinstated
    QDate boardDecisionNoticeSentOn;
    QDate irpApplicationOn;
    QDate irpMeetingOn;
    QString irpOutcome; // upheld, recommend_reconsideration, quash_direct_reconsideration
    QDate irpDecisionOn;
    QDate reconsiderationOn;
    QString reconsiderationOutcome;
    QDate laProvisionFrom;
    QString destination;
    QDate withdrawnOn;
};

} // namespace casebook
