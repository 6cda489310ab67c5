#pragma once

#include "domain/School.h"
#include "services/FieldIssue.h"

#include <vector>

namespace casebook {

// Checks a school as entered: a URN of 6 digits (not from 0), an optional LAESTAB of 7 digits that starts with
// the LA code, a name, a phase and a type from the schema's lists, and a closing date not before the opening
// date. `urnUsedBy` and `laestabUsedBy` name another school that already has that identifier (empty when
// none): the caller looks them up, so this check stays pure.
std::vector<FieldIssue> checkSchool(const School& school, const QString& urnUsedBy = {},
                                    const QString& laestabUsedBy = {});

// Checks one year's roll (field "rolls"): a valid academic year, no negative counts, year groups the schema
// allows, a total equal to the year groups' sum (errors); a year group the phase does not usually teach, an
// implausibly large year group, or a roll for a year when the school was not open (warnings). A roll with a
// negative headcount is a removal and is not checked.
std::vector<FieldIssue> checkRoll(const SchoolRoll& roll, const School& school);

} // namespace casebook
