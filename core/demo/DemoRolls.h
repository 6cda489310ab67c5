#pragma once

namespace casebook::demo {

class DemoContext;
class DemoRandom;

// The January census for every school and year: pupils on roll on census day (or today, for a census not
// yet taken), in total and by NC year. These are the denominators of every rate.
void takeCensus(DemoContext& context);

// Demo users (five officers, a panel member, a manager and a data officer) who author the case notes.
void addUsers(DemoContext& context);

// Parents and carers of every pupil the LA has worked with.
void addContacts(DemoContext& context, DemoRandom& random);

} // namespace casebook::demo
