#include "Builders.h"
#include "TempDatabase.h"

#include "repositories/MaintenanceRepository.h"
#include "repositories/PupilRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class CommonSurnamesTest : public DatabaseTest
{
protected:
    void addPupils(const QString& surname, int count)
    {
        for (int i = 0; i < count; ++i) {
            ASSERT_TRUE(PupilRepository(db())
                            .insert(makePupil(QStringLiteral("Pupil%1").arg(m_next), surname, QDate(2012, 1, 1),
                                              makeUpn(938, 4001, 12, m_next)))
                            .ok());
            ++m_next;
        }
    }

    int m_next = 1;
};

TEST_F(CommonSurnamesTest, CommonestFirstTiesByNameAndVoidedPupilsLeftOut)
{
    addPupils(QStringLiteral("Khan"), 2);
    addPupils(QStringLiteral("Smith"), 4);
    addPupils(QStringLiteral("Jones"), 2);
    addPupils(QStringLiteral("Zed"), 3);
    // Two voided Zeds leave one counted: Zed drops below Jones and Khan.
    ASSERT_TRUE(exec(QStringLiteral("UPDATE pupils SET voided_at = '2025-01-01T00:00:00Z', void_reason = 'duplicate' "
                                    "WHERE id IN (SELECT id FROM pupils WHERE legal_surname = 'Zed' LIMIT 2)")));

    auto names = MaintenanceRepository(db()).commonSurnames(3);
    ASSERT_TRUE(names.ok()) << names.error().message.toStdString();
    EXPECT_EQ(names.value(), (QStringList{QStringLiteral("Smith"), QStringLiteral("Jones"), QStringLiteral("Khan")}));
}

TEST_F(CommonSurnamesTest, AnEmptyFileHasNone)
{
    auto names = MaintenanceRepository(db()).commonSurnames(2);
    ASSERT_TRUE(names.ok());
    EXPECT_TRUE(names->isEmpty());
}

} // namespace
} // namespace casebook::test
