#pragma once

class QDateEdit;

namespace casebook::forms {

// An optional date field that shows "not recorded" ignores typed digits in Qt 6.4 (the special text is not
// replaced). This lets the first digit typed there start a date: the field takes today's date with the day
// selected, and the digits typed overwrite it (so "01052011" gives 01/05/2011). Leaving the field without
// typing keeps it "not recorded".
void letTypingReplaceNotRecorded(QDateEdit* edit);

} // namespace casebook::forms
