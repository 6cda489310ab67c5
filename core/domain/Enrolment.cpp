#include "domain/Enrolment.h"

namespace casebook {

namespace {

QString labelFor(const std::vector<std::pair<QString, QString>>& choices, const QString& id)
{
    for (const auto& [label, value] : choices) {
        if (value == id) {
            return label;
        }
    }
    return id;
}

} // namespace

std::vector<std::pair<QString, QString>> leavingReasonChoices()
{
    return {
        {QStringLiteral("Moved to another school"), QStringLiteral("moved_school")},
        {QStringLiteral("Managed move"), QStringLiteral("managed_move")},
        {QStringLiteral("Permanent exclusion"), QStringLiteral("permanent_exclusion")},
        {QStringLiteral("Elective home education"), QStringLiteral("elective_home_education")},
        {QStringLiteral("Child missing education"), QStringLiteral("children_missing_education")},
        {QStringLiteral("Moved out of the area"), QStringLiteral("moved_out_of_area")},
        {QStringLiteral("Post-16 education or training"), QStringLiteral("post_16")},
        {QStringLiteral("Other"), QStringLiteral("other")},
        {QStringLiteral("Not known"), QStringLiteral("unknown")},
    };
}

std::vector<std::pair<QString, QString>> registrationTypeChoices()
{
    return {
        {QStringLiteral("Single registration"), QStringLiteral("single")},
        {QStringLiteral("Dual registration, main school"), QStringLiteral("main_dual")},
        {QStringLiteral("Dual registration, subsidiary"), QStringLiteral("subsidiary_dual")},
    };
}

QString leavingReasonLabel(const QString& id)
{
    return labelFor(leavingReasonChoices(), id);
}

QString registrationTypeLabel(const QString& id)
{
    return labelFor(registrationTypeChoices(), id);
}

} // namespace casebook
