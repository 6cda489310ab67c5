#pragma once

#include <QDate>
#include <QString>

namespace casebook::demo {

class DemoContext;
class DemoRandom;

// What became of a pastoral support plan.
struct PspOutcome
{
    bool escalated = false;
    QDate endedOn;
};

// A 16-week pastoral support plan with a mid-point and a final review, and the support that came with it.
PspOutcome startPsp(DemoContext& context, DemoRandom& random, int pupil, int school, QDate start);

// One piece of support tried (support_interventions.kind).
void addSupport(DemoContext& context, DemoRandom& random, int pupil, int school, const QString& kind, QDate start);

// A time-limited off-site direction to another school or the PRU; the pupil stays on the home school's roll.
void offSiteDirection(DemoContext& context, DemoRandom& random, int pupil, int school, QDate start);

// An alternative provision placement commissioned by the school or the LA.
void apPlacement(DemoContext& context, DemoRandom& random, int pupil, int school, QDate start,
                 const QString& commissionedBy);

// A managed move to another school from `start` (the pupil leaves the home school's roll the day before);
// some break down and the pupil returns. Returns false when no move was possible. `yearEnd` bounds it.
bool managedMove(DemoContext& context, DemoRandom& random, int pupil, int school, QDate start, QDate yearEnd);

} // namespace casebook::demo
