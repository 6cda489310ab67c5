#pragma once

#include "calendar/CalendarSet.h"
#include "calendar/SchoolCalendar.h"
#include "rules/CaseFacts.h"

#include <QDate>

#include <vector>

namespace casebook {

enum class SessionPart
{
    Morning,
    Lunchtime,
    Afternoon,
};

// One half-day (or one lunchtime) a pupil was suspended for.
struct SuspensionSession
{
    QDate day;
    SessionPart part = SessionPart::Morning;

    friend bool operator<(const SuspensionSession& a, const SuspensionSession& b)
    {
        return a.day != b.day ? a.day < b.day : a.part < b.part;
    }
    friend bool operator==(const SuspensionSession& a, const SuspensionSession& b)
    {
        return a.day == b.day && a.part == b.part;
    }
};

// The school days a suspension covers, as it counts towards the statutory totals.
//
// Sessions run from the first day (its afternoon when startsAfternoon) through consecutive school
// days: 3 sessions from a Friday morning are Friday morning, Friday afternoon and Monday morning.
// A lunchtime suspension of n lunchtimes covers n consecutive school days, half a day each.
// A first day that is not a school day moves to the next school day (startMoved). A cancelled
// suspension keeps only sessions before cancelledFrom (none if that date is not recorded).
struct SuspensionSpan
{
    qint64 suspensionId = 0;
    std::vector<SuspensionSession> sessions; // counted sessions, in order
    std::vector<QDate> schoolDays;           // the distinct school days, in order
    QDate firstDay;                          // of the counted sessions; null when none count
    QDate lastDay;
    double days = 0.0; // counted sessions / 2
    bool estimated = false;
    bool startMoved = false;
};

SuspensionSpan suspensionSpan(const SuspensionFacts& suspension, const SchoolCalendar& calendar);

// Spans of every suspension, each in its own school's calendar, in input order.
std::vector<SuspensionSpan> suspensionSpans(const std::vector<SuspensionFacts>& suspensions,
                                            const CalendarSet& calendars);

// Sessions to days: 1 session = 0.5 days.
double sessionsToDays(int sessions);

} // namespace casebook
