#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace casebook {

// Plain facts the statutory rules work on. Repositories fill them from the database; the rules
// never see SQL. A null QDate always means "not done / not recorded".

struct PupilFacts
{
    QDate dateOfBirth;        // null: unknown (rules that need the NC year then assume duties apply)
    bool lookedAfter = false; // as recorded now (the rules do not look up history)
    bool hasSocialWorker = false;
};

// When the headteacher notified each party of a decision.
struct NotificationDates
{
    QDate parent;
    QDate governingBoard;
    QDate localAuthority;
    QDate socialWorker;
    QDate virtualSchoolHead;
};

struct SuspensionFacts
{
    qint64 id = 0;
    qint64 schoolId = 0;
    QDate decisionDate; // null: taken to be firstDay
    QDate firstDay;     // if not a school day, the suspension starts on the next school day
    // Length in sessions (a session is half a school day). For a lunchtime suspension, the number of
    // lunchtimes (one per school day), each counting as one session, i.e. half a day.
    int sessions = 0;
    bool startsAfternoon = false; // the first session is the afternoon of firstDay
    bool lunchtime = false;
    // A cancelled suspension still counts the days before `cancelledFrom` (the first day the pupil
    // was allowed back); with no date, it was cancelled before it began and counts nothing.
    bool cancelled = false;
    QDate cancelledFrom;
    NotificationDates notified;
    QDate boardReviewRequested;  // the parent asked the governing board to meet
    QDate boardMeetingDate;      // the board met (or considered it)
    QDate sixthDayProvisionFrom; // the school arranged full-time provision from this date
};

enum class BoardOutcome
{
    None, // not decided yet
    Upheld,
    Reinstated,
};

enum class IrpOutcome
{
    None, // not decided yet
    Upheld,
    RecommendReconsider,
    QuashDirectReconsider,
};

QString boardOutcomeId(BoardOutcome outcome); // "", "upheld", "reinstated"
std::optional<BoardOutcome> boardOutcomeFromId(const QString& id);
QString irpOutcomeId(
    IrpOutcome outcome); // "", "upheld", "recommend_reconsideration", "quash_direct_reconsideration" (as stored)
std::optional<IrpOutcome> irpOutcomeFromId(const QString& id);

struct ExclusionFacts
{
    qint64 id = 0;
    qint64 schoolId = 0;
    QDate decisionDate;
    QDate effectiveDate; // first day the pupil is excluded ("day 1"); null: taken to be decisionDate
    NotificationDates notified;
    QDate boardMeetingDate;
    BoardOutcome boardOutcome = BoardOutcome::None;
    QDate boardDecisionNoticeSent; // the board's decision was sent to the parent
    QDate irpApplicationDate;
    QDate irpMeetingDate;
    IrpOutcome irpOutcome = IrpOutcome::None;
    QDate irpDecisionDate; // the board was notified of the panel's decision
    QDate reconsiderationDate;
    QDate laProvisionFrom;  // the LA arranged full-time provision from this date
    bool withdrawn = false; // cancelled by the headteacher before the board considered it
};

// A pastoral support plan and the reviews not yet held (voided plans are left out).
struct PspFacts
{
    qint64 id = 0;
    qint64 schoolId = 0;
    QDate start;
    QDate end;           // null: still running, as far as recorded
    bool active = false; // status "active"
    struct Review
    {
        qint64 id = 0;
        QDate due;
    };
    std::vector<Review> openReviews; // due, not held
};

// A Pupil Inclusion Panel referral and its actions not yet done (voided referrals are left out).
struct ReferralFacts
{
    qint64 id = 0;
    qint64 schoolId = 0;
    QDate received;
    bool withdrawn = false;
    struct Action
    {
        qint64 id = 0;
        QString description;
        QString owner;
        QDate due;
    };
    std::vector<Action> openActions;
};

// An elective home education or child missing education registration.
struct RegistrationFacts
{
    qint64 id = 0;
    qint64 schoolId = 0;                // the school left, when known
    bool electiveHomeEducation = false; // false: child missing education
    QDate registeredOn;
};

} // namespace casebook
