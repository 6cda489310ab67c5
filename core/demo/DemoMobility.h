#pragma once

#include <QDate>
#include <QString>

namespace casebook::demo {

class DemoContext;
class DemoRandom;

// Moves during a school year: a few pupils change school, move away, go missing from education or are taken
// into home education, and about as many arrive from elsewhere (with UPNs from neighbouring LAs, a few
// temporary). Resets the generator's per-year counts for every pupil.
void moveDuringYear(DemoContext& context, DemoRandom& random, int yearIndex);

// Registers a pupil who left `school` on `lastDay` as electively home educated; some come back to school
// the next September, a few move away.
void registerHomeEducation(DemoContext& context, DemoRandom& random, int pupil, int school, QDate lastDay,
                           const QString& reason, int yearIndex);

} // namespace casebook::demo
