#include "history/ChronologyGroups.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <set>

namespace casebook {
namespace {

// Every kind the chronology gives (ChronologyEvent::kind) and the group a filter puts it in.
TEST(ChronologyGroups, EveryEventKindHasItsGroup)
{
    const std::vector<std::pair<const char*, ChronologyGroup>> cases = {
        {"enrolled", ChronologyGroup::SchoolMoves},
        {"left_school", ChronologyGroup::SchoolMoves},
        {"suspension", ChronologyGroup::Suspensions},
        {"permanent_exclusion", ChronologyGroup::ExclusionStages},
        {"board_meeting", ChronologyGroup::ExclusionStages},
        {"irp_application", ChronologyGroup::ExclusionStages},
        {"irp_meeting", ChronologyGroup::ExclusionStages},
        {"reconsideration", ChronologyGroup::ExclusionStages},
        {"exclusion_withdrawn", ChronologyGroup::ExclusionStages},
        {"psp_started", ChronologyGroup::Psps},
        {"psp_review", ChronologyGroup::Psps},
        {"pip_referral", ChronologyGroup::Panel},
        {"pip_decision", ChronologyGroup::Panel},
        {"support", ChronologyGroup::Support},
        {"managed_move", ChronologyGroup::Placements},
        {"off_site_direction", ChronologyGroup::Placements},
        {"ap_placement", ChronologyGroup::Placements},
        {"ehe", ChronologyGroup::EheCme},
        {"cme", ChronologyGroup::EheCme},
        {"case_note", ChronologyGroup::CaseNotes},
    };
    std::set<ChronologyGroup> used;
    for (const auto& [kind, group] : cases) {
        const auto got = chronologyGroupOf(QString::fromLatin1(kind));
        ASSERT_TRUE(got.has_value()) << kind;
        EXPECT_EQ(*got, group) << kind;
        used.insert(group);
    }
    EXPECT_FALSE(chronologyGroupOf(QStringLiteral("meteor_strike")).has_value());
    // Every group offered holds some kind, and has a name.
    EXPECT_EQ(used.size(), chronologyGroups().size());
    for (const ChronologyGroupInfo& info : chronologyGroups()) {
        EXPECT_TRUE(used.count(info.group) == 1) << info.name.toStdString();
        EXPECT_FALSE(info.name.isEmpty());
    }
}

TEST(ChronologyGroups, EverySourceTableOpensItsKindOfRecord)
{
    const std::vector<std::pair<const char*, CaseRecordKind>> cases = {
        {"enrolments", CaseRecordKind::Enrolment},
        {"suspensions", CaseRecordKind::Suspension},
        {"permanent_exclusions", CaseRecordKind::Exclusion},
        {"psps", CaseRecordKind::Psp},
        {"pip_referrals", CaseRecordKind::PipReferral},
        {"support_interventions", CaseRecordKind::Support},
        {"placements", CaseRecordKind::Placement},
        {"ap_placements", CaseRecordKind::ApPlacement},
        {"ehe_cme_registrations", CaseRecordKind::Registration},
        {"case_notes", CaseRecordKind::CaseNote},
    };
    for (const auto& [table, kind] : cases) {
        const auto got = recordKindOfTable(QString::fromLatin1(table));
        ASSERT_TRUE(got.has_value()) << table;
        EXPECT_EQ(*got, kind) << table;
    }
    EXPECT_FALSE(recordKindOfTable(QStringLiteral("psp_reviews")).has_value()); // a review opens its plan
}

} // namespace
} // namespace casebook
