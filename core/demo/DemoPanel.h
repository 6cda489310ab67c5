#pragma once

#include <QDate>
#include <QString>

namespace casebook::demo {

class DemoContext;
class DemoRandom;

// Pupil Inclusion Panel meetings: monthly in term time (none in August), held up to today and the next two
// planned, at the LA's offices or online.
void makePanelMeetings(DemoContext& context, DemoRandom& random);

// What the panel decided about a referral (empty when it has not met about it yet).
struct PanelDecision
{
    QString decision; // pip_referrals.decision
    QDate decidedOn;
};

// A school's referral of a pupil, placed on the first meeting at least a week after it arrived; when that
// meeting has been held the decision and its actions are recorded.
PanelDecision referToPanel(DemoContext& context, DemoRandom& random, int pupil, int school, QDate received,
                           const QString& reason, const QString& evidence);

// Minutes for held meetings, once every referral is on its agenda.
void finishPanelMeetings(DemoContext& context);

} // namespace casebook::demo
