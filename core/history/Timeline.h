#pragma once

#include "calendar/AcademicYear.h"
#include "caserecords/CaseRecordKind.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <map>
#include <vector>

namespace casebook {

// The timeline picture of one pupil as plain data: academic years across, schools as bands, suspensions as marks
// sized by days, permanent exclusions, spans for plans and placements, and panel marks. Built by the pure
// buildTimeline() from the records TimelineRepository reads; drawn by printing::paintTimeline().

// What kind of record one loaded row is.
enum class TimelineSource
{
    Enrolment,
    Suspension,
    PermanentExclusion,
    Psp,
    ManagedMove,
    OffSiteDirection,
    ApPlacement,
    ElectiveHomeEducation,
    ChildMissingEducation,
    PipReferral,
};

// One record as loaded, before the builder shapes it. Only the fields its source uses are set.
struct TimelineRecord
{
    TimelineSource source = TimelineSource::Enrolment;
    qint64 id = 0;
    qint64 schoolId = 0; // 0: none recorded (the school left, the AP provider, the receiving school)
    QString schoolName;
    QDate start; // enrolment/plan/placement start, suspension first day, exclusion decision, registration, referral
    QDate end;   // enrolment/plan/placement/registration end; null: still open
    int sessions = 0;       // suspensions: half days (a lunchtime is one)
    bool lunchtime = false; // suspensions
    QDate cancelledOn;      // suspensions
    QString detail;         // reason codes "DB, VA", the AP provider, the PSP status, the referral's decision id
    QDate decisionOn;       // PIP referrals: when the panel decided
    // Permanent exclusions: the stored outcomes of each review stage and the withdrawal date.
    QString boardOutcome;
    QString irpOutcome;
    QString reconsiderationOutcome;
    QDate withdrawnOn;
    bool voided = false; // never shown
};

// A school's band: one stay on its roll (consecutive or overlapping enrolments at the same school merged).
struct TimelineSchoolBand
{
    qint64 schoolId = 0;
    qint64 enrolmentId = 0; // the first enrolment of the stay
    QString name;
    QDate start;
    QDate end;         // the last day shown: the leaving date, or asOf when still on roll
    bool open = false; // still on roll
    int row = 0;       // 0 unless on two rolls at once (dual registration): overlapping bands get their own rows
    int colour = 0;    // the school's place in order of first appearance, for a stable colour per school
};

struct TimelineSuspension
{
    qint64 id = 0;
    QDate firstDay;
    double days = 0.0; // sessions / 2 (a lunchtime counts half a day)
    bool lunchtime = false;
    bool cancelled = false;
    QString schoolName;
    QString reasons; // "DB, VA"
};

// Where a permanent exclusion stands after its review stages.
enum class ExclusionStanding
{
    Pending,    // no board decision yet, or reconsideration directed and not yet made
    Upheld,     // upheld by the governing board (and the IRP or reconsideration, where held)
    Reinstated, // the board or the reconsideration reinstated the pupil
    Withdrawn,  // the headteacher withdrew it
};

// From the stored outcomes (board_outcome, irp_outcome, reconsideration_outcome) and the withdrawal date.
ExclusionStanding exclusionStanding(const QString& boardOutcome, const QString& irpOutcome,
                                    const QString& reconsiderationOutcome, QDate withdrawnOn);
QString exclusionStandingName(ExclusionStanding standing); // "awaiting review", "upheld", "reinstated", "withdrawn"

struct TimelineExclusion
{
    qint64 id = 0;
    QDate decisionDate;
    ExclusionStanding standing = ExclusionStanding::Pending;
    QString schoolName;
    QString reasons;
};

enum class TimelineSpanKind
{
    Psp,
    ManagedMove,
    OffSiteDirection,
    ApPlacement,
    ElectiveHomeEducation,
    ChildMissingEducation,
};

// The horizontal lanes of the picture, top to bottom.
enum class TimelineLane
{
    Schools,
    Exclusions, // suspensions (labelled so) and permanent exclusions
    Psps,
    Placements,    // managed moves, off-site directions, alternative provision
    Registrations, // elective home education, child missing education
    Panel,         // PIP referrals and decisions
};

TimelineLane laneOf(TimelineSpanKind kind);
QString timelineLaneName(TimelineLane lane);         // "Schools", "Suspensions", "PSPs", ...
QString timelineSpanKindName(TimelineSpanKind kind); // "Pastoral support plan", "Managed move", ...
CaseRecordKind recordKindOf(TimelineSpanKind kind);  // the form that edits it

struct TimelineSpan
{
    TimelineSpanKind kind = TimelineSpanKind::Psp;
    qint64 id = 0;
    QDate start;
    QDate end;         // the last day shown: the end date, or asOf when open
    bool open = false; // no end recorded
    int row = 0;       // overlapping spans in one lane get their own rows
    QString label;     // the school or provider, for tooltips
};

enum class TimelineMarkKind
{
    PipReferral,
    PipDecision,
};

struct TimelineMark
{
    TimelineMarkKind kind = TimelineMarkKind::PipReferral;
    qint64 id = 0; // the referral
    QDate date;
    QString label; // the school, or the decision in plain words
};

struct TimelineData
{
    QDate asOf;
    std::vector<AcademicYear> years; // contiguous, oldest first; never empty once built
    std::vector<TimelineSchoolBand> schools;
    std::vector<TimelineSuspension> suspensions; // by first day
    std::vector<TimelineExclusion> exclusions;   // by decision date
    std::vector<TimelineSpan> spans;             // by lane, then start
    std::vector<TimelineMark> marks;             // by date
    std::map<qint64, QString> schoolNames;       // every school any record names, by id

    bool isEmpty() const; // nothing dated to draw
    QDate firstDay() const;
    QDate lastDay() const;
    int rows(TimelineLane lane) const; // at least 1
};

// Shapes the loaded records into the picture's parts. Voided records never appear. The years run from the one
// holding the earliest record to the later of the one holding `asOf` and the one holding the last record; with
// no records, the year holding `asOf` alone. Anything still open runs to `asOf`. Pure: no clock, no database.
TimelineData buildTimeline(const std::vector<TimelineRecord>& records, QDate asOf);

// One line for a tooltip or a screen reader: "07/10/2024: suspension of 1 day from Northfield (DB, VA)".
QString describeSchoolBand(const TimelineSchoolBand& band);
QString describeSuspension(const TimelineSuspension& suspension);
QString describeExclusion(const TimelineExclusion& exclusion);
QString describeSpan(const TimelineSpan& span);
QString describeMark(const TimelineMark& mark);

// A sentence or two a screen reader gives for the whole picture: the years, schools, suspensions and days,
// exclusions, plans, placements and panel referrals.
QString describeTimeline(const TimelineData& data);

} // namespace casebook
