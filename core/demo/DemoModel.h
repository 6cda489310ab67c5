#pragma once

#include "calendar/AcademicYear.h"
#include "demo/DemoCalendar.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <array>
#include <vector>

namespace casebook::demo {

// The rows the generator makes, table by table, before the writer stores them. Ids are assigned here
// (1, 2, 3, ... in each table the demo fills, all of them empty beforehand) so that rows refer to each
// other without a query per row. A row's id is its index + 1 unless it says otherwise.

enum class Phase : quint8
{
    Primary,
    Secondary,
    Special,
    Pru,
};

QString phaseId(Phase phase); // "primary", "secondary", "special", "pru" (schools.phase)

struct SchoolRow
{
    QString urn;
    QString laestab;
    QString name;
    Phase phase = Phase::Primary;
    QString schoolType; // la_maintained, academy, free_school
    QString trustName;
    QString locality;
    QDate openedOn;
    int lowYear = 0;           // youngest NC year taught
    int highYear = 6;          // oldest
    double yearGroupSize = 30; // pupils per year group (mainstream); whole roll / year groups elsewhere
    bool sixthForm = false;
    bool offRolling = false;        // the two or three schools whose pupils go to home education after suspensions
    double suspensionCulture = 1.0; // some schools suspend more than others
};

// Characteristic kinds, in the order of the schema's list.
enum class Trait : quint8
{
    Sen,
    Fsm,
    LookedAfter,
    ChildInNeed,
    ChildProtection,
    Eal,
};

QString traitId(Trait trait);

struct CharacteristicRow
{
    qint64 pupil = 0;
    Trait kind = Trait::Sen;
    QChar value;
    QDate from;
    QDate to; // null: still so
};

struct PupilRow
{
    QString upn;
    bool upnTemporary = false;
    QString forename;
    QString surname;
    QString preferredForename;
    QDate dateOfBirth;
    QChar sex;
    QString ethnicity;
    QString firstLanguage;
    bool hasSocialWorker = false;
    QString socialWorkerName;
    QString socialWorkerContact;
    QString virtualSchoolContact;
};

struct EnrolmentRow
{
    qint64 pupil = 0;
    qint64 school = 0;
    QDate start;
    QDate end;
    QString leavingReason;
    qint64 destination = 0; // 0: none
    QString destinationNote;
};

struct SuspensionRow
{
    qint64 pupil = 0;
    qint64 school = 0;
    bool lunchtime = false;
    QDate firstDay;
    bool afternoon = false;
    int sessions = 2;
    QDate decisionDate;
    QString detail;
    QDate parentNotified;
    QDate governorsNotified;
    QDate laNotified;
    QDate socialWorkerNotified;
    QDate virtualSchoolNotified;
    QDate reintegrationMeeting;
    QString sixthDayProvision;
    QDate sixthDayProvisionFrom;
    QDate boardReviewRequested;
    QDate boardReviewOn;
    QString boardReviewOutcome;
    bool wouldMissExam = false;
    QDate cancelledOn;
    QDate lastDay;                  // the last school day it covers (not stored)
    std::array<QString, 3> reasons; // empty strings after the last reason
    bool removed = false;           // dropped by a later event (the pupil left first); not stored
};

struct ExclusionRow
{
    qint64 pupil = 0;
    qint64 school = 0;
    QDate decisionDate;
    QDate effectiveDate;
    QString detail;
    QDate parentNotified;
    QDate governorsNotified;
    QDate laNotified;
    QDate socialWorkerNotified;
    QDate virtualSchoolNotified;
    bool wouldMissExam = false;
    QDate boardMeeting;
    QString boardOutcome;
    QDate boardNoticeSent;
    QDate irpApplication;
    QDate irpMeeting;
    QString irpOutcome;
    QDate irpDecision;
    QDate reconsideration;
    QString reconsiderationOutcome;
    QDate laProvisionFrom;
    QString laProvisionDetail;
    QString destination;
    QDate withdrawnOn;
    std::array<QString, 3> reasons;
};

struct PspRow
{
    qint64 pupil = 0;
    qint64 school = 0;
    QDate start;
    QDate plannedEnd;
    QDate end;
    QString laRepresentative;
    QString targets;
    QString agencies;
    QString status;
    QString outcome;
};

struct PspReviewRow
{
    qint64 psp = 0;
    QDate due;
    QDate held;
    QString notes;
};

struct PanelMeetingRow
{
    QDate date;
    QString location;
    QString attendees;
    QString minutes;
    QString status;
    int agendaLength = 0; // referrals placed so far (not stored)
};

struct ReferralRow
{
    qint64 pupil = 0;
    qint64 school = 0;
    QDate received;
    QString reason;
    QString evidence;
    qint64 meeting = 0; // 0: not yet on an agenda
    int agendaPosition = 0;
    QString status;
    QString decision;
    QDate decisionOn;
    QString decisionNotes;
    QString minutes;
};

struct ActionRow
{
    qint64 referral = 0;
    QString description;
    QString owner;
    QDate due;
    QDate done;
};

struct SupportRow
{
    qint64 pupil = 0;
    qint64 school = 0;
    QString kind;
    QDate start;
    QDate end;
    QString provider;
    QString notes;
};

struct PlacementRow
{
    qint64 pupil = 0;
    QString kind; // managed_move, off_site_direction
    qint64 fromSchool = 0;
    qint64 toSchool = 0;
    QDate start;
    QDate reviewOn;
    QDate end;
    QString outcome;
    QString notes;
};

struct ApPlacementRow
{
    qint64 pupil = 0;
    QString provider;
    qint64 providerSchool = 0;
    qint64 commissioningSchool = 0;
    QString commissionedBy;
    QDate start;
    QDate end;
    double daysPerWeek = 1;
    bool dualRegistered = false;
    qint64 costPence = 0;
    QString outcome;
};

struct EheCmeRow
{
    qint64 pupil = 0;
    QString kind; // ehe, cme
    QDate registered;
    qint64 school = 0;
    QString reason;
    QDate ended;
    QString outcome;
};

struct CaseNoteRow
{
    qint64 pupil = 0;
    QDate notedOn;
    QString category;
    QString body;
    int author = 0; // index into the demo users
};

struct ContactRow
{
    qint64 pupil = 0;
    QString name;
    QString relationship;
    bool parentalResponsibility = true;
    QString phone;
    QString email;
    QString address;
    bool primary = false;
};

struct RollRow
{
    qint64 school = 0;
    AcademicYear year;
    int ncYear = 0; // kWholeSchool for the school's total
    int headcount = 0;
};

inline constexpr int kWholeSchool = -100;

struct UserRow
{
    QString username;
    QString displayName;
    QString role;
};

// Everything the generator made.
struct DemoData
{
    DemoCalendar calendar;
    std::vector<SchoolRow> schools;
    std::vector<PupilRow> pupils;
    std::vector<CharacteristicRow> characteristics;
    std::vector<ContactRow> contacts;
    std::vector<EnrolmentRow> enrolments;
    std::vector<RollRow> rolls;
    std::vector<SuspensionRow> suspensions; // rows marked removed are skipped (ids stay dense on writing)
    std::vector<ExclusionRow> exclusions;
    std::vector<PspRow> psps;
    std::vector<PspReviewRow> pspReviews;
    std::vector<PanelMeetingRow> meetings;
    std::vector<ReferralRow> referrals;
    std::vector<ActionRow> actions;
    std::vector<SupportRow> support;
    std::vector<PlacementRow> placements;
    std::vector<ApPlacementRow> apPlacements;
    std::vector<EheCmeRow> eheCme;
    std::vector<CaseNoteRow> caseNotes;
    std::vector<UserRow> users;
};

} // namespace casebook::demo
