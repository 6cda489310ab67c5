#include "services/CaseNoteCheck.h"

#include "calendar/UkDate.h"

namespace casebook {

const QStringList& caseNoteCategories()
{
    static const QStringList categories = {
        QStringLiteral("general"), QStringLiteral("phone_call"),   QStringLiteral("meeting"), QStringLiteral("visit"),
        QStringLiteral("email"),   QStringLiteral("safeguarding"), QStringLiteral("panel"),   QStringLiteral("other")};
    return categories;
}

std::vector<FieldIssue> checkCaseNote(const CaseNote& n, QDate today)
{
    std::vector<FieldIssue> issues;
    if (!n.notedOn.isValid()) {
        issues.push_back({QStringLiteral("notedOn"), QStringLiteral("Enter the date of the note.")});
    } else if (n.notedOn > today) {
        issues.push_back({QStringLiteral("notedOn"),
                          QStringLiteral("The date (%1) is in the future: a note records what has already happened.")
                              .arg(ukDate(n.notedOn))});
    }
    if (!caseNoteCategories().contains(n.category)) {
        issues.push_back({QStringLiteral("category"), QStringLiteral("Choose the note's category.")});
    }
    if (n.body.trimmed().isEmpty()) {
        issues.push_back({QStringLiteral("body"), QStringLiteral("Write the note: it cannot be empty.")});
    }
    return issues;
}

} // namespace casebook
