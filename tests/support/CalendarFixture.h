#pragma once

#include "calendar/CalendarData.h"
#include "calendar/SchoolCalendar.h"

namespace casebook::test {

// A realistic English LA calendar for 2024/25 and 2025/26, for tests to share. 2026/27 and
// 2023/24 are deliberately missing (dates there are estimated). Bank holidays for 2024 to 2026.
//
// 2024/25  Autumn  Tue 03/09/2024 - Fri 20/12/2024, half term 28/10 - 01/11, INSET Fri 18/10/2024
//          Spring  Mon 06/01/2025 - Fri 04/04/2025, half term 17/02 - 21/02
//          Summer  Tue 22/04/2025 - Tue 22/07/2025, half term 26/05 - 30/05, INSET Mon 02/06/2025
//          Year 11 exams end Fri 20/06/2025
// 2025/26  Autumn  Wed 03/09/2025 - Fri 19/12/2025, half term 27/10 - 31/10
//          Spring  Mon 05/01/2026 - Fri 27/03/2026, INSET Mon 05/01/2026, half term 16/02 - 20/02
//          Summer  Mon 13/04/2026 - Tue 21/07/2026, half term 25/05 - 29/05
//          Year 11 exams end Fri 19/06/2026
// Bank holidays 2024: 01/01 29/03 01/04 06/05 27/05 26/08 25/12 26/12
//               2025: 01/01 18/04 21/04 05/05 26/05 25/08 25/12 26/12
//               2026: 01/01 03/04 06/04 04/05 25/05 31/08 25/12 28/12
CalendarInput fixtureCalendarInput();
SchoolCalendar fixtureCalendar();

} // namespace casebook::test
