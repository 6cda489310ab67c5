#pragma once

#include <QString>

namespace casebook::printing {

// The Government Security Classifications marking a document carries in its header and footer. Anything with
// pupil-level data is OFFICIAL-SENSITIVE; anonymised, suppressed publications are OFFICIAL.
enum class ProtectiveMarking
{
    Official,
    OfficialSensitive,
};

// "OFFICIAL" / "OFFICIAL-SENSITIVE", exactly as it is printed.
QString markingText(ProtectiveMarking marking);

} // namespace casebook::printing
