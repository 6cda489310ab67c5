#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace casebook {

// An action the Pupil Inclusion Panel agreed on a referral: what, who, by when, and when it was done.
struct PipAction
{
    qint64 id = 0; // 0 until saved
    QString description;
    QString owner;
    QDate dueOn;
    QDate doneOn; // null until done
};

// A referral to the Pupil Inclusion Panel (DOMAIN.md: PIP referral) with its actions.
struct PipReferral
{
    qint64 id = 0;
    qint64 pupilId = 0;
    qint64 schoolId = 0; // the referring school
    QDate receivedOn;
    QString reason;
    QString evidence;
    qint64 meetingId = 0;                        // the panel meeting it is on the agenda of; 0 when none
    int agendaPosition = 0;                      // place on that meeting's agenda; 0 when not set
    QString status = QStringLiteral("received"); // received, on_agenda, decided, withdrawn, closed
    QString decision; // empty, or outreach_support, ap_placement, managed_move, ehc_needs_assessment,
                      // early_help, no_further_action, other
    QDate decisionOn;
    QString decisionNotes;
    int rowVersion = 0; // as loaded; 0 for a new referral
    std::vector<PipAction> actions;
};

// A panel meeting a referral can be put on, as offered in a chooser.
struct PanelMeetingChoice
{
    qint64 id = 0;
    QDate meetingDate;
    QString location;
    QString status; // planned, held, cancelled
};

} // namespace casebook
