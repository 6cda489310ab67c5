#pragma once

namespace casebook::demo {

class DemoContext;
class DemoRandom;

// The LA's schools: about 79% primary, 16% secondary (half with sixth forms), 4% special and a PRU or
// two, sized so that the rolls add up to the configured pupils on roll. URNs are six digits from the
// unused 9xxxxx range; LAESTABs are the LA code and the DfE's establishment numbering (2xxx primary,
// 4xxx secondary, 7xxx special, 1xxx PRU).
void generateSchools(DemoContext& context, DemoRandom& random);

} // namespace casebook::demo
