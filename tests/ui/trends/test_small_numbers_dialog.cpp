#include "TempDatabase.h"

#include "analytics/SmallNumbers.h"
#include "settings/SmallNumbersDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class SmallNumbersDialogTest : public DatabaseTest
{};

TEST_F(SmallNumbersDialogTest, TurnsHidingOnWithTheKeyboardAndSaves)
{
    SmallNumbersDialog dialog(db());
    dialog.show();
    auto* enabled = dialog.findChild<QCheckBox*>(QStringLiteral("smallNumbersEnabled"));
    auto* threshold = dialog.findChild<QSpinBox*>(QStringLiteral("smallNumbersThreshold"));
    EXPECT_FALSE(enabled->isChecked());
    EXPECT_FALSE(threshold->isEnabled());
    QTest::keyClick(enabled, Qt::Key_Space);
    EXPECT_TRUE(threshold->isEnabled());
    threshold->setFocus();
    threshold->selectAll();
    QTest::keyClicks(threshold, QStringLiteral("10"));
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("smallNumbersExample"))
                    ->text()
                    .contains(QStringLiteral("fewer than 10")));
    QTest::keyClick(threshold, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const SmallNumberPolicy saved = loadSmallNumberPolicy(db());
    EXPECT_TRUE(saved.enabled);
    EXPECT_EQ(saved.threshold, 10);
}

TEST_F(SmallNumbersDialogTest, AFailedSaveKeepsTheDialogOpenAndSaysWhy)
{
    SmallNumbersDialog dialog(db());
    dialog.show();
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = ON")));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("saveError"))->isVisible());
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = OFF")));
}

} // namespace
} // namespace casebook::test
