#include "history/SupportTried.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

ExclusionFacts exclusion(qint64 id, QDate decision)
{
    ExclusionFacts x;
    x.id = id;
    x.schoolId = 10;
    x.decisionDate = decision;
    x.effectiveDate = decision;
    return x;
}

SupportRecord record(const QString& source, const QString& kind, QDate date, qint64 id = 1)
{
    return {source, kind, id, date, false};
}

const AvenueTried& avenue(const SupportBeforeExclusion& s, SupportAvenue which)
{
    for (const AvenueTried& a : s.avenues) {
        if (a.avenue == which) {
            return a;
        }
    }
    throw std::logic_error("avenue missing");
}

const QDate kDecision(2025, 3, 10);

TEST(SupportTried, AvenueListIsFixedOrderWithUniqueIds)
{
    const auto& avenues = supportAvenues();
    ASSERT_EQ(avenues.size(), 7u);
    EXPECT_EQ(avenues.front().avenue, SupportAvenue::PastoralSupportPlan);
    EXPECT_EQ(avenues.back().avenue, SupportAvenue::ManagedMove);
    QSet<QString> ids;
    for (const auto& a : avenues) {
        EXPECT_FALSE(a.name.isEmpty());
        EXPECT_FALSE(a.matches.empty());
        ids.insert(a.id);
    }
    EXPECT_EQ(ids.size(), 7);
}

TEST(SupportTried, NothingRecordedIsAGapEverywhere)
{
    const auto result = supportTried({exclusion(1, kDecision)}, {});
    ASSERT_EQ(result.size(), 1u);
    EXPECT_EQ(result[0].avenues.size(), supportAvenues().size());
    EXPECT_EQ(result[0].gaps(), 7);
    EXPECT_EQ(describeAvenue(result[0].avenues[0]), QStringLiteral("Not tried before the exclusion"));
}

TEST(SupportTried, SupportStartedOnOrAfterTheDecisionIsAGap)
{
    const auto result =
        supportTried({exclusion(1, kDecision)},
                     {record(QStringLiteral("support_interventions"), QStringLiteral("early_help"), kDecision),
                      record(QStringLiteral("support_interventions"), QStringLiteral("ehc_needs_assessment"),
                             kDecision.addDays(20))});
    ASSERT_EQ(result.size(), 1u);
    EXPECT_FALSE(avenue(result[0], SupportAvenue::EarlyHelp).tried);
    EXPECT_FALSE(avenue(result[0], SupportAvenue::EhcNeedsAssessment).tried);
    EXPECT_EQ(result[0].gaps(), 7);
}

TEST(SupportTried, VoidedPspDoesNotCount)
{
    SupportRecord voided = record(QStringLiteral("psps"), {}, QDate(2024, 10, 1));
    voided.voided = true;
    const auto result = supportTried({exclusion(1, kDecision)}, {voided});
    EXPECT_FALSE(avenue(result[0], SupportAvenue::PastoralSupportPlan).tried);
}

TEST(SupportTried, FirstAndLatestDatesAndCount)
{
    const auto result = supportTried({exclusion(1, kDecision)},
                                     {record(QStringLiteral("psps"), {}, QDate(2024, 11, 4), 2),
                                      record(QStringLiteral("psps"), {}, QDate(2024, 9, 9), 1),
                                      record(QStringLiteral("support_interventions"),
                                             QStringLiteral("pastoral_support_plan"), QDate(2025, 1, 6), 5)});
    const AvenueTried& psp = avenue(result[0], SupportAvenue::PastoralSupportPlan);
    EXPECT_TRUE(psp.tried);
    EXPECT_EQ(psp.first, QDate(2024, 9, 9));
    EXPECT_EQ(psp.latest, QDate(2025, 1, 6));
    EXPECT_EQ(psp.times, 3);
    EXPECT_EQ(describeAvenue(psp), QStringLiteral("Tried 09/09/2024 to 06/01/2025 (3 times)"));
    EXPECT_EQ(result[0].gaps(), 6);
}

TEST(SupportTried, PanelDecisionsCountForTheirAvenue)
{
    const QString decisions = QStringLiteral("pip_decisions");
    const QDate d(2025, 1, 20);
    const auto result =
        supportTried({exclusion(1, kDecision)}, {record(QStringLiteral("pip_referrals"), {}, QDate(2025, 1, 8)),
                                                 record(decisions, QStringLiteral("outreach_support"), d),
                                                 record(decisions, QStringLiteral("ehc_needs_assessment"), d),
                                                 record(decisions, QStringLiteral("early_help"), d),
                                                 record(decisions, QStringLiteral("ap_placement"), d),
                                                 record(decisions, QStringLiteral("managed_move"), d),
                                                 record(decisions, QStringLiteral("no_further_action"), d)});
    EXPECT_EQ(result[0].gaps(), 1);
    EXPECT_FALSE(avenue(result[0], SupportAvenue::PastoralSupportPlan).tried);
    EXPECT_EQ(describeAvenue(avenue(result[0], SupportAvenue::Outreach)), QStringLiteral("Tried 20/01/2025"));
    EXPECT_EQ(avenue(result[0], SupportAvenue::PipReferral).first, QDate(2025, 1, 8));
}

TEST(SupportTried, PlacementsCountForAlternativeProvisionAndManagedMove)
{
    const auto result = supportTried(
        {exclusion(1, kDecision)},
        {record(QStringLiteral("ap_placements"), {}, QDate(2024, 12, 2)),
         record(QStringLiteral("placements"), QStringLiteral("off_site_direction"), QDate(2024, 12, 2)),
         record(QStringLiteral("support_interventions"), QStringLiteral("alternative_provision"), QDate(2025, 2, 3))});
    const AvenueTried& ap = avenue(result[0], SupportAvenue::AlternativeProvision);
    EXPECT_EQ(ap.times, 2);
    EXPECT_EQ(ap.latest, QDate(2025, 2, 3));
    // An off-site direction is not a managed move.
    EXPECT_FALSE(avenue(result[0], SupportAvenue::ManagedMove).tried);
}

TEST(SupportTried, EachExclusionIsJudgedAtItsOwnDecisionDateInDateOrder)
{
    const auto result =
        supportTried({exclusion(2, QDate(2025, 11, 3)), exclusion(1, QDate(2024, 10, 1))},
                     {record(QStringLiteral("support_interventions"), QStringLiteral("outreach"), QDate(2025, 1, 6))});
    ASSERT_EQ(result.size(), 2u);
    EXPECT_EQ(result[0].exclusionId, 1);
    EXPECT_FALSE(avenue(result[0], SupportAvenue::Outreach).tried);
    EXPECT_EQ(result[1].exclusionId, 2);
    EXPECT_TRUE(avenue(result[1], SupportAvenue::Outreach).tried);
}

// Before a referral: the same avenues, judged strictly before the day it was received (a referral received the same
// day as a PSP started does not count the PSP; the referral itself is not support tried before itself).
TEST(SupportTried, AvenuesBeforeAReferralAreJudgedStrictlyBeforeItsDay)
{
    const QDate received(2025, 1, 20);
    const std::vector<SupportRecord> support = {
        record(QStringLiteral("psps"), QString(), QDate(2024, 11, 4)),
        record(QStringLiteral("support_interventions"), QStringLiteral("early_help"), received),
        record(QStringLiteral("pip_referrals"), QString(), received),
        {QStringLiteral("support_interventions"), QStringLiteral("outreach"), 9, QDate(2024, 12, 2), true},
    };
    const std::vector<AvenueTried> avenues = avenuesTriedBefore(received, support);
    ASSERT_EQ(avenues.size(), supportAvenues().size());
    QStringList tried;
    for (const AvenueTried& a : avenues) {
        if (a.tried) {
            tried << a.name;
        }
    }
    EXPECT_EQ(tried, QStringList({QStringLiteral("Pastoral support plan")})); // voided outreach never counts
    EXPECT_EQ(avenues.front().first, QDate(2024, 11, 4));
    const std::vector<AvenueTried> noDay = avenuesTriedBefore(QDate(), support);
    EXPECT_TRUE(std::none_of(noDay.begin(), noDay.end(), [](const AvenueTried& a) { return a.tried; }));
}

} // namespace
} // namespace casebook::test
