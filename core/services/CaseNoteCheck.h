#pragma once

#include "domain/CaseNote.h"
#include "services/FieldIssue.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace casebook {

// The categories a case note can have, as stored (the schema's list).
const QStringList& caseNoteCategories();

// Checks a case note as entered: no date, a date after `today`, an unknown category, an empty body (errors).
std::vector<FieldIssue> checkCaseNote(const CaseNote& candidate, QDate today);

} // namespace casebook
