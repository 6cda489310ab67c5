#pragma once

#include <QDate>

namespace casebook::demo {

class DemoContext;
class DemoRandom;
class DemoReasons;

// A permanent exclusion decided on `decision`: notifications, the governing board's meeting within 15
// school days (a few reinstate), an independent review panel for some upheld ones (a few recommend or
// direct reconsideration, and a few of those end in reinstatement), the LA's provision from the sixth
// school day at the PRU, and the pupil's move onto the PRU's roll (and back after a reinstatement).
// Nothing is dated after today: later stages are simply not there yet. `yearEnd` bounds roll changes.
void recordExclusion(DemoContext& context, DemoRandom& random, DemoReasons& reasons, int pupil, int school,
                     QDate decision, QDate yearEnd);

} // namespace casebook::demo
