#include "TempDatabase.h"

#include "mainwindow/FirstRunOffer.h"
#include "repositories/MaintenanceRepository.h"
#include "repositories/SettingsRepository.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class FirstRunOfferTest : public DatabaseTest
{
protected:
    static demo::DemoConfig smallConfig()
    {
        demo::DemoConfig config = *demo::DemoConfig::fromPreset(QStringLiteral("small"));
        config.today = QDate(2025, 3, 10);
        return config;
    }

    // Clicks a button of the offer once it is on screen.
    static void clickWhenShown(const QString& buttonName)
    {
        QTimer::singleShot(0, [buttonName] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            auto* button = box->findChild<QPushButton*>(buttonName);
            ASSERT_NE(button, nullptr);
            button->click();
        });
    }
};

TEST_F(FirstRunOfferTest, StartingEmptyIsRememberedAndNotAskedAgain)
{
    FirstRunOffer offer(db(), smallConfig());
    ASSERT_TRUE(offer.shouldOffer());
    clickWhenShown(QStringLiteral("startEmptyButton"));
    EXPECT_EQ(offer.run(nullptr), FirstRunOffer::Outcome::StartedEmpty);
    EXPECT_EQ(count(QStringLiteral("pupils")), 0);
    EXPECT_FALSE(offer.shouldOffer());
    EXPECT_EQ(offer.run(nullptr), FirstRunOffer::Outcome::NotOffered);
}

TEST_F(FirstRunOfferTest, LoadingDemoDataFillsAndMarksTheFile)
{
    FirstRunOffer offer(db(), smallConfig());
    clickWhenShown(QStringLiteral("loadDemoButton"));
    EXPECT_EQ(offer.run(nullptr), FirstRunOffer::Outcome::LoadedDemo);
    EXPECT_GT(count(QStringLiteral("pupils")), 1000);
    EXPECT_GT(count(QStringLiteral("suspensions")), 0);
    EXPECT_TRUE(SettingsRepository(db()).isDemo());
    EXPECT_FALSE(offer.shouldOffer());
}

TEST_F(FirstRunOfferTest, AFileWithRecordsIsNeverOffered)
{
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO schools (urn, name, phase, school_type) "
                                    "VALUES ('100001', 'Real School', 'primary', 'academy')")));
    EXPECT_FALSE(FirstRunOffer(db(), smallConfig()).shouldOffer());
}

} // namespace
} // namespace casebook::test
