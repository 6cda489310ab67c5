#include "Builders.h"
#include "TempDatabase.h"

#include "forms/ContactDialog.h"
#include "forms/EnrolmentDialog.h"
#include "forms/PupilDialog.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// A form whose record could not be opened has nothing to save over: its Save stays off however the officer
// fills it in, and the reason stays on show (before, these three forms let such a save go ahead and then
// blamed "someone else" for changing the record).
class FormLoadFailureTest : public DatabaseTest
{
protected:
    static constexpr qint64 kMissing = 987654;

    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
    }

    static void expectBlocked(QDialog& dialog, const char* opening)
    {
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
        ASSERT_NE(error, nullptr);
        EXPECT_FALSE(error->isHidden());
        EXPECT_TRUE(error->text().contains(QLatin1String(opening))) << error->text().toStdString();
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        ASSERT_NE(save, nullptr);
        EXPECT_FALSE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        EXPECT_NE(dialog.result(), QDialog::Accepted);
    }

    qint64 m_school = 0;
    qint64 m_pupil = 0;
};

TEST_F(FormLoadFailureTest, ContactStaysBlockedOnceNamed)
{
    ContactDialog dialog(db(), m_pupil, kMissing);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Sam Bloggs"));
    expectBlocked(dialog, "Could not open the contact");
    EXPECT_EQ(count(QStringLiteral("contacts")), 0);
}

TEST_F(FormLoadFailureTest, EnrolmentStaysBlockedWithASchoolChosen)
{
    EnrolmentDialog dialog(db(), m_pupil, kMissing);
    dialog.show();
    auto* school = dialog.findChild<QComboBox*>(QStringLiteral("schoolCombo"));
    school->setCurrentIndex(school->findData(m_school));
    expectBlocked(dialog, "Could not open the enrolment");
    EXPECT_EQ(count(QStringLiteral("enrolments")), 0);
}

TEST_F(FormLoadFailureTest, PupilStaysBlockedOnceNamedAndBorn)
{
    PupilDialog dialog(db(), kMissing);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("legalForenameEdit")), QStringLiteral("Alex"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("legalSurnameEdit")), QStringLiteral("Smith"));
    dialog.findChild<QDateEdit*>(QStringLiteral("dateOfBirthEdit"))->setDate(QDate(2012, 2, 3));
    expectBlocked(dialog, "Could not open the pupil");
    EXPECT_EQ(count(QStringLiteral("pupils")), 1);
}

} // namespace
} // namespace casebook::test
