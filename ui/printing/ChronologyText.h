#pragma once

#include "chronology/ChronologyRepository.h"

#include <QString>

namespace casebook::printing {

// A chronology event in words for paper: what happened ("Suspension", "Joined school", ...) and its detail with
// stored ids turned into plain English ("1.5 days; Disruptive behaviour (DB)", "Outreach support", ...).
QString chronologyKindLabel(const QString& kind);
QString chronologyDetail(const ChronologyEvent& event);

// A panel decision's stored id in plain English ("outreach_support" -> "Outreach support").
QString panelDecisionLabel(const QString& decision);

// "half a day", "1 day", "2.5 days".
QString daysText(double days);

} // namespace casebook::printing
