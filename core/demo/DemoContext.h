#pragma once

#include "demo/DemoConfig.h"
#include "demo/DemoModel.h"
#include "rules/ReasonCodes.h"

#include <QDate>
#include <QStringList>

#include <map>
#include <vector>

namespace casebook::demo {

class DemoRandom;

// Reference data read from the file the demo fills, so the generator uses exactly the codes it holds.
struct DemoReference
{
    QStringList ethnicityCodes;
    std::vector<ReasonCode> reasonCodes;
};

// Census ethnicity codes with how common each is, the relative suspension rate and the chance of EAL.
struct DemoEthnicity
{
    std::vector<QString> codes;
    std::vector<double> cumulative;
    std::vector<double> risk;
    std::vector<double> eal;
};

// What the generator knows about a pupil beyond the stored rows: where they are now, how likely they
// are to be suspended, and how their characteristics change over time.
struct PupilState
{
    int enrolment = -1; // index of the open enrolment; -1 when off roll
    double frailty = 1; // lasting individual propensity to be suspended
    double ethnicityFactor = 1;
    QChar senFirst = QLatin1Char('N');
    QChar senLater = QLatin1Char('N');
    QDate senChange; // null: never changes
    bool fsmFirst = false;
    QDate fsmChange; // null: never changes; the value flips on this date
    QDate lookedAfterFrom;
    QDate lookedAfterTo;
    QDate socialCareFrom; // child in need or protection plan
    QDate socialCareTo;
    int returnYear = -1;        // year index in which a pupil back from home education re-enrols
    bool movedThisYear = false; // changed school or left during the year (no escalation then)
    bool hasCase = false;       // the LA has worked with the family (contacts are recorded)
    int suspensionsThisYear = 0;
    double suspensionDaysThisYear = 0;

    QChar senAt(QDate d) const { return senChange.isValid() && d >= senChange ? senLater : senFirst; }
    bool fsmAt(QDate d) const { return fsmChange.isValid() && d >= fsmChange ? !fsmFirst : fsmFirst; }
    bool lookedAfterAt(QDate d) const;
    bool socialWorkerAt(QDate d) const;
};

// The state of one generation run, shared by the parts that make each kind of record.
class DemoContext
{
public:
    DemoContext(const DemoConfig& config, const DemoReference& reference, DemoData& data);

    const DemoConfig& config;
    const DemoReference& reference;
    DemoData& data;
    std::vector<PupilState> state;                // parallel to data.pupils
    std::vector<std::vector<int>> schoolsByPhase; // school indices per Phase
    DemoEthnicity ethnicity;

    QDate today() const { return config.today; }
    QDate windowStart() const { return data.calendar.year(0).firstDay; }
    const SchoolRow& school(int index) const { return data.schools[static_cast<std::size_t>(index)]; }
    static qint64 id(int index) { return static_cast<qint64>(index) + 1; }
    static int index(qint64 id) { return static_cast<int>(id - 1); }

    int ncYear(int pupil, QDate on) const;
    int currentSchool(int pupil) const; // index, or -1 when off roll
    // Starts an enrolment at `school` on `start`; returns its index.
    int enrol(int pupil, int school, QDate start);
    // Ends the pupil's open enrolment on `end` (their last day on roll).
    void leave(int pupil, QDate end, const QString& reason, int destinationSchool = -1, const QString& note = {});

    // A school of the phase, likelier the bigger it is and, when `locality` is given, the nearer;
    // never `except`. -1 when there is none.
    int chooseSchool(DemoRandom& random, Phase phase, const QString& locality = {}, int except = -1) const;
    // The phase a pupil of this NC year joins in mainstream.
    static Phase mainstreamPhaseFor(int ncYear) { return ncYear <= 6 ? Phase::Primary : Phase::Secondary; }

    void addNote(DemoRandom& random, int pupil, QDate on, const char* category, const QString& body);
    QString officer(DemoRandom& random) const;

    // UPNs: a serial per issuing LA, establishment and year of issue keeps them unique.
    QString issueUpn(int laCode, int establishment, int yearOfIssue, bool temporary);

private:
    std::map<qint64, int> m_upnSerials;
};

} // namespace casebook::demo
