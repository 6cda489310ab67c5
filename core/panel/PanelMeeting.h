#pragma once

#include "domain/PipReferral.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace casebook {

// A meeting of the Pupil Inclusion Panel (DOMAIN.md: panel meeting), as an officer enters it.
struct PanelMeeting
{
    qint64 id = 0; // 0 until saved
    QDate meetingDate;
    QString location;
    QString attendees;                          // one per line, as entered
    QString minutes;                            // general minutes of the meeting (not about one pupil)
    QString status = QStringLiteral("planned"); // planned, held, cancelled
    int rowVersion = 0;                         // as loaded; 0 for a new meeting
};

// One line of the meetings list.
struct PanelMeetingSummary
{
    qint64 id = 0;
    QDate meetingDate;
    QString location;
    QString status;
    int referrals = 0; // on its agenda
    int decided = 0;   // of those, with a decision recorded
};

// A referral as the panel sees it on an agenda or in the list of open referrals: whose, from where, why.
struct AgendaReferral
{
    qint64 referralId = 0;
    qint64 pupilId = 0;
    QString pupilName; // "Surname, Forename" (preferred forename in brackets when it differs)
    QString upn;       // empty when the pupil has none
    QDate dateOfBirth;
    qint64 schoolId = 0;
    QString schoolName; // the referring school
    QDate receivedOn;
    QString reason;
    QString evidence;
    QString status;         // received, on_agenda, decided, withdrawn, closed
    int agendaPosition = 0; // 0 when not on an agenda
    QString decision;       // stored id; empty when none
    QDate decisionOn;
    QString decisionNotes;
    QString minutes; // the panel's minutes on this referral
    int rowVersion = 0;
};

// What the panel decided on one referral at a meeting: written to the referral with its actions.
struct PanelDecision
{
    qint64 referralId = 0;
    QString decision; // stored id (outreach_support, ...); empty: no decision yet (the referral stays on the agenda)
    QDate decisionOn; // null: the meeting's date
    QString decisionNotes;
    QString minutes;
    std::vector<PipAction> actions; // the referral's actions as they should stand (ids kept for saved ones)
};

} // namespace casebook
