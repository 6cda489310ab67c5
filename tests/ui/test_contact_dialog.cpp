#include "Builders.h"
#include "PeopleBuilders.h"
#include "PeopleFormHelpers.h"
#include "TempDatabase.h"

#include "forms/ContactDialog.h"
#include "repositories/ContactRepository.h"
#include "repositories/PupilRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class ContactDialogTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1)))
                      .value();
    }

    template <typename T>
    static T* field(ContactDialog& dialog, const char* name)
    {
        return dialog.findChild<T*>(QLatin1String(name));
    }

    // The names of the pupil's primary contacts.
    QStringList primaries()
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT name FROM contacts WHERE pupil_id = ? AND is_primary = 1 ORDER BY name"));
        q.addBindValue(m_pupil);
        QStringList names;
        if (q.exec()) {
            while (q.next()) {
                names << q.value(0).toString();
            }
        }
        return names;
    }

    qint64 m_pupil = 0;
};

TEST_F(ContactDialogTest, AddsAContactByKeyboard)
{
    ContactDialog dialog(db(), m_pupil);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Add a contact \u2014 BLOGGS, Jo"));
    typeAndTab(QStringLiteral("Ann Bloggs"));
    typeAndTab(QStringLiteral("Mother"));
    typeAndTab(QStringLiteral(" ")); // parental responsibility
    typeAndTab(QStringLiteral("07700 900123"));
    typeAndTab(QStringLiteral("ann@example.org"));
    typeAndTab(QStringLiteral("1 High Street, Northtown"));
    typeIntoFocus(QStringLiteral(" ")); // primary contact
    screenshot(dialog, QStringLiteral("contact-form.png"));
    pressOnFocus(Qt::Key_Return);

    ASSERT_EQ(dialog.result(), QDialog::Accepted) << field<QLabel>(dialog, "saveError")->text().toStdString();
    auto saved = ContactRepository(db()).load(dialog.savedId());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->pupilId, m_pupil);
    EXPECT_EQ(saved->name, QStringLiteral("Ann Bloggs"));
    EXPECT_EQ(saved->relationship, QStringLiteral("Mother"));
    EXPECT_TRUE(saved->hasParentalResponsibility);
    EXPECT_EQ(saved->phone, QStringLiteral("07700 900123"));
    EXPECT_EQ(saved->email, QStringLiteral("ann@example.org"));
    EXPECT_EQ(saved->address, QStringLiteral("1 High Street, Northtown"));
    EXPECT_TRUE(saved->isPrimary);
}

TEST_F(ContactDialogTest, EnterInTheRelationshipFieldSaves)
{
    ContactDialog dialog(db(), m_pupil);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    typeAndTab(QStringLiteral("Pat Lee"));
    typeIntoFocus(QStringLiteral("Kinship carer"));
    pressOnFocus(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(ContactRepository(db()).load(dialog.savedId())->relationship, QStringLiteral("Kinship carer"));
}

TEST_F(ContactDialogTest, OnlyOnePrimaryContactPerPupil)
{
    ContactRepository contacts(db());
    ASSERT_TRUE(contacts.insert(makeContact(m_pupil, QStringLiteral("Ann Bloggs"), true)).ok());
    const qint64 ben = contacts.insert(makeContact(m_pupil, QStringLiteral("Ben Bloggs"))).value();

    {
        ContactDialog dialog(db(), m_pupil, ben);
        dialog.show();
        EXPECT_TRUE(dialog.windowTitle().startsWith(QStringLiteral("Edit contact")));
        EXPECT_EQ(field<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Ben Bloggs"));
        auto* primary = field<QCheckBox>(dialog, "primaryCheck");
        EXPECT_FALSE(primary->isChecked());
        auto* note = field<QLabel>(dialog, "primaryNote");
        EXPECT_FALSE(note->isVisible());
        primary->setFocus();
        QTest::keyClick(primary, Qt::Key_Space);
        EXPECT_TRUE(note->isVisible());
        EXPECT_TRUE(note->text().startsWith(QStringLiteral("Ann Bloggs is the primary contact now")));
        QTest::keyClick(field<QLineEdit>(dialog, "nameEdit"), Qt::Key_Return);
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(primaries(), QStringList{QStringLiteral("Ben Bloggs")});
    EXPECT_EQ(contacts.load(ben)->rowVersion, 2);

    ContactDialog another(db(), m_pupil);
    another.show();
    QTest::keyClicks(field<QLineEdit>(another, "nameEdit"), QStringLiteral("Gran Bloggs"));
    field<QCheckBox>(another, "primaryCheck")->setChecked(true);
    QTest::keyClick(field<QLineEdit>(another, "nameEdit"), Qt::Key_Return);
    ASSERT_EQ(another.result(), QDialog::Accepted);
    EXPECT_EQ(primaries(), QStringList{QStringLiteral("Gran Bloggs")});
    EXPECT_EQ(count(QStringLiteral("contacts")), 3);
}

TEST_F(ContactDialogTest, ABadEmailIsShownBesideItAndNothingIsSaved)
{
    ContactDialog dialog(db(), m_pupil);
    dialog.show();
    QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Ann Bloggs"));
    auto* email = field<QLineEdit>(dialog, "emailEdit");
    QTest::keyClicks(email, QStringLiteral("ann.example.org"));
    auto* issue = field<QLabel>(dialog, "emailIssue");
    EXPECT_TRUE(issue->isVisible());
    EXPECT_TRUE(issue->text().contains(QStringLiteral("not of the form name@example.org")));
    EXPECT_FALSE(field<QPushButton>(dialog, "saveButton")->isEnabled());
    QTest::keyClick(email, Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("contacts")), 0);
}

TEST_F(ContactDialogTest, AStaleEditKeepsTheFormAndChangesNothing)
{
    ContactRepository contacts(db());
    ASSERT_TRUE(contacts.insert(makeContact(m_pupil, QStringLiteral("Ann Bloggs"), true)).ok());
    const qint64 ben = contacts.insert(makeContact(m_pupil, QStringLiteral("Ben Bloggs"))).value();
    ContactDialog dialog(db(), m_pupil, ben);
    dialog.show();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE contacts SET row_version = 2 WHERE id = %1").arg(ben)));
    field<QCheckBox>(dialog, "primaryCheck")->setChecked(true);
    auto* phone = field<QLineEdit>(dialog, "phoneEdit");
    QTest::keyClicks(phone, QStringLiteral("01632 960001"));
    QTest::keyClick(phone, Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(field<QLabel>(dialog, "saveError")->text().startsWith(QStringLiteral("Not saved: This record was")));
    EXPECT_EQ(phone->text(), QStringLiteral("01632 960001"));
    EXPECT_EQ(primaries(), QStringList{QStringLiteral("Ann Bloggs")}); // the flag did not move
}

} // namespace
} // namespace casebook::test
