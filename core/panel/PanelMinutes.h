#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace casebook {

// What the minutes of one Pupil Inclusion Panel meeting record, ready to print: who attended and, for each
// referral on the agenda in agenda order, the decision, the actions agreed and the minutes. Plain data: the
// panel repository fills it, the minutes PDF draws it.
struct MinutesAction
{
    QString description;
    QString owner;
    QDate dueOn;
};

struct MinutesItem
{
    int agendaPosition = 0; // 1, 2, ...
    qint64 referralId = 0;
    qint64 pupilId = 0;
    QString pupilName; // "Surname, Forename"
    QString upn;
    QDate dateOfBirth;
    QString schoolName; // the referring school
    QDate receivedOn;
    QString reason;
    QString decision;      // stored id (outreach_support, ...); empty when the panel made none
    QString decisionLabel; // plain English, e.g. "Outreach support"; "No decision recorded" when none
    QString decisionNotes;
    QString minutes;
    std::vector<MinutesAction> actions;
};

struct PanelMinutes
{
    qint64 meetingId = 0;
    QDate meetingDate;
    QString location;
    QString attendees; // as entered, one per line
    QString status;    // planned, held, cancelled
    QString minutes;   // general minutes of the meeting (not about one pupil)
    std::vector<MinutesItem> items;
};

} // namespace casebook
