#include "Builders.h"
#include "TempDatabase.h"

#include "mainwindow/MainWindow.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "repositories/SettingsRepository.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace casebook::test {

namespace {

class MainWindowTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        SchoolRepository schools(db());
        auto north = schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield Academy")));
        ASSERT_TRUE(north.ok()) << north.error().message.toStdString();
        ASSERT_TRUE(schools.setRoll(north.value(), QStringLiteral("2024/25"), 1180).ok());
        ASSERT_TRUE(schools
                        .insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Riverside Primary"),
                                           QStringLiteral("primary")))
                        .ok());
        PupilRepository pupils(db());
        ASSERT_TRUE(pupils
                        .insert(makePupil(QStringLiteral("Jordan"), QStringLiteral("Smith"), QDate(2011, 3, 14),
                                          makeUpn(938, 4001, 11, 1)))
                        .ok());
        ASSERT_TRUE(pupils
                        .insert(makePupil(QStringLiteral("Amelia"), QStringLiteral("Smithson"), QDate(2012, 7, 2),
                                          makeUpn(938, 4001, 12, 2)))
                        .ok());
        ASSERT_TRUE(pupils.insert(makePupil(QStringLiteral("Kai"), QStringLiteral("Osei"), QDate(2010, 11, 30))).ok());
        // Enrol the first two at Northfield so the search shows a current school.
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) "
                                        "SELECT id, 1, '2023-09-04' FROM pupils WHERE legal_surname LIKE 'Smith%'")));
    }

    // Saves a picture of the widget when CASEBOOK_SCREENSHOT_DIR is set, so a person can look at it.
    static void saveShot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w.grab().save(QDir(dir).filePath(name));
        }
    }
};

TEST_F(MainWindowTest, TypingANameFindsPupilsInSql)
{
    MainWindow window(db());
    window.show();
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("pupilSearchEdit"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("pupilResults"));
    ASSERT_NE(edit, nullptr);
    ASSERT_NE(table, nullptr);

    QTest::keyClicks(edit, QStringLiteral("smi"));
    static_cast<void>(QTest::qWaitFor([&] { return table->model()->rowCount() == 2; }, 2000));
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("SMITH, Jordan"));
    EXPECT_EQ(table->model()->index(1, 0).data().toString(), QStringLiteral("SMITHSON, Amelia"));
    EXPECT_EQ(table->model()->index(0, 3).data().toString(), QStringLiteral("Northfield Academy"));
    saveShot(window, QStringLiteral("main-window-pupils.png"));

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("amelia smi"));
    static_cast<void>(QTest::qWaitFor([&] { return table->model()->rowCount() == 1; }, 2000));
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("SMITHSON, Amelia"));
    EXPECT_EQ(table->model()->index(0, 2).data().toString(), QStringLiteral("02/07/2012"));

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("30/11/2010"));
    static_cast<void>(QTest::qWaitFor(
        [&] { return table->model()->index(0, 0).data().toString() == QStringLiteral("OSEI, Kai"); }, 2000));
    ASSERT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("OSEI, Kai"));
    EXPECT_EQ(table->model()->rowCount(), 1);

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("nobody"));
    auto* status = window.findChild<QLabel*>(QStringLiteral("pupilSearchStatus"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().startsWith(QStringLiteral("No pupil matches")); }, 2000));
    EXPECT_EQ(table->model()->rowCount(), 0);
}

TEST_F(MainWindowTest, SchoolsTabListsAndFiltersSchools)
{
    MainWindow window(db());
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    tabs->setCurrentIndex(2);
    ASSERT_EQ(tabs->tabText(2), QStringLiteral("&Schools"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("schoolList"));
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("schoolFilterEdit"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(table->model()->index(0, 4).data().toString(), QStringLiteral("1180 (2024/25)"));
    EXPECT_EQ(table->model()->index(1, 4).data().toString(), QStringLiteral("no census"));
    saveShot(window, QStringLiteral("main-window-schools.png"));
    QTest::keyClicks(filter, QStringLiteral("river"));
    static_cast<void>(QTest::qWaitFor([&] { return table->model()->rowCount() == 1; }, 2000));
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("Riverside Primary"));
}

TEST_F(MainWindowTest, TitleMarksDemoData)
{
    {
        MainWindow plain(db());
        EXPECT_FALSE(plain.windowTitle().contains(QStringLiteral("DEMO")));
    }
    ASSERT_TRUE(SettingsRepository(db()).setValue(QStringLiteral("is_demo"), QStringLiteral("1")).ok());
    MainWindow demo(db());
    EXPECT_TRUE(demo.windowTitle().contains(QStringLiteral("DEMO DATA")));
}

} // namespace
} // namespace casebook::test
