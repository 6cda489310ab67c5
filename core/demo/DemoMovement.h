#pragma once

namespace casebook::demo {

class DemoContext;
class DemoRandom;

// School histories from year to year. The first year starts with every school full (older pupils with the
// primary school they came from); each September pupils move up, Year 6 transfer to a secondary near them,
// Year 11 leave or stay on into a sixth form, Year 13 leave, a new Reception class starts, special schools
// fill their places and pupils back from home education re-enrol. (Moves during the year: DemoMobility.h.)
void populateFirstYear(DemoContext& context, DemoRandom& random);
void startYear(DemoContext& context, DemoRandom& random, int yearIndex);

} // namespace casebook::demo
