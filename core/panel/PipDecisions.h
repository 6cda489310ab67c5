#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace casebook {

// The decisions the Pupil Inclusion Panel records on a referral (pip_referrals.decision), in the order a chooser
// offers them, each as (stored id, plain English label). The one list the panel screens and the minutes share.
const std::vector<std::pair<QString, QString>>& pipDecisions();

// "Outreach support" for "outreach_support"; "No decision recorded" for an empty id; the id itself when unknown.
QString pipDecisionLabel(const QString& decision);

} // namespace casebook
