#include "TempDatabase.h"

#include "services/AlertSettings.h"
#include "settings/AlertSettingsDialog.h"

#include <QDir>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class AlertSettingsDialogTest : public DatabaseTest
{};

TEST_F(AlertSettingsDialogTest, ShowsTheDefaultsAndSavesWhatIsTyped)
{
    AlertSettingsDialog dialog(db());
    dialog.show();
    auto* perTerm = dialog.findChild<QSpinBox*>(QStringLiteral("perTermSpin"));
    EXPECT_EQ(perTerm->value(), guidance::kRepeatSuspensionsPerTerm);
    EXPECT_EQ(dialog.findChild<QSpinBox*>(QStringLiteral("eheWeeksSpin"))->value(), guidance::kEheAfterSuspensionWeeks);
    perTerm->setFocus();
    perTerm->selectAll();
    QTest::keyClicks(perTerm, QStringLiteral("5"));
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("alert-settings.png")));
    }
    QTest::keyClick(perTerm, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(loadAlertThresholds(db()).repeatSuspensionsPerTerm, 5);
    EXPECT_EQ(loadAlertThresholds(db()).repeatDaysPerYear, guidance::kRepeatSuspensionDaysPerYear);
}

TEST_F(AlertSettingsDialogTest, AFailedSaveKeepsTheDialogOpenAndSaysWhy)
{
    AlertSettingsDialog dialog(db());
    dialog.show();
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = ON")));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved:"))) << error->text().toStdString();
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = OFF")));
}

} // namespace
} // namespace casebook::test
