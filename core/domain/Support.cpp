#include "domain/Support.h"

namespace casebook {

const ChoiceList& supportKinds()
{
    static const ChoiceList kinds = {
        {QStringLiteral("Early help"), QStringLiteral("early_help")},
        {QStringLiteral("Outreach support"), QStringLiteral("outreach")},
        {QStringLiteral("Educational psychologist"), QStringLiteral("educational_psychologist")},
        {QStringLiteral("CAMHS"), QStringLiteral("camhs")},
        {QStringLiteral("Mentoring"), QStringLiteral("mentoring")},
        {QStringLiteral("EHC needs assessment"), QStringLiteral("ehc_needs_assessment")},
        {QStringLiteral("Part-time timetable"), QStringLiteral("part_time_timetable")},
        {QStringLiteral("Off-site direction"), QStringLiteral("off_site_direction")},
        {QStringLiteral("Alternative provision"), QStringLiteral("alternative_provision")},
        {QStringLiteral("Pastoral support plan"), QStringLiteral("pastoral_support_plan")},
        {QStringLiteral("Speech and language therapy"), QStringLiteral("speech_language")},
        {QStringLiteral("Social care"), QStringLiteral("social_care")},
        {QStringLiteral("Other"), QStringLiteral("other")},
    };
    return kinds;
}

} // namespace casebook
