#include "Builders.h"
#include "PeopleFormHelpers.h"
#include "TempDatabase.h"

#include "forms/PupilDialog.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class PupilDialogTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
    }

    template <typename T>
    static T* field(PupilDialog& dialog, const char* name)
    {
        return dialog.findChild<T*>(QLatin1String(name));
    }

    // Names and date of birth typed into their fields; Enter is pressed by the test.
    static void typeIdentity(PupilDialog& dialog, const QString& forename, const QString& surname,
                             const QString& dobDigits)
    {
        QTest::keyClicks(field<QLineEdit>(dialog, "legalForenameEdit"), forename);
        QTest::keyClicks(field<QLineEdit>(dialog, "legalSurnameEdit"), surname);
        typeDate(field<QDateEdit>(dialog, "dateOfBirthEdit"), dobDigits);
    }

    QString pupilValue(qint64 id, const QString& column)
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT %1 FROM pupils WHERE id = ?").arg(column));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
    }

    // "kind value from..to" for every characteristic row of the pupil.
    QStringList characteristicRows(qint64 id)
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT kind, value, valid_from, coalesce(valid_to, '') FROM pupil_characteristics "
                                 "WHERE pupil_id = ? ORDER BY kind, valid_from"));
        q.addBindValue(id);
        QStringList rows;
        if (q.exec()) {
            while (q.next()) {
                rows << QStringLiteral("%1 %2 %3..%4")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString());
            }
        }
        return rows;
    }

    qint64 m_school = 0;
};

const QString kToday = QDate::currentDate().toString(Qt::ISODate);

TEST_F(PupilDialogTest, CreatesAPupilByKeyboardAlone)
{
    PupilDialog dialog(db());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Add a pupil"));
    ASSERT_EQ(QApplication::focusWidget(), field<QLineEdit>(dialog, "legalForenameEdit"));
    const QString upn = makeUpn(938, 4001, 11, 1);
    typeAndTab(QStringLiteral("Josephine"));
    typeAndTab(QStringLiteral("Bloggs"));
    typeAndTab(QStringLiteral("Jo"));
    typeAndTab({});                                        // preferred surname
    typeAndTab(QStringLiteral("01052011"));                // date of birth
    typeAndTab(QStringLiteral("F"));                       // Female
    typeAndTab(upn.toLower());                             // tidied to upper case
    typeAndTab(QStringLiteral("W"));                       // White - British (WBRI)
    typeAndTab(QStringLiteral("English"));                 // first language
    typeAndTab(QStringLiteral("S"));                       // SEN support (K)
    typeAndTab(QStringLiteral("E"));                       // eligible for free school meals
    typeAndTab(QStringLiteral("N"));                       // not looked after
    typeAndTab({});                                        // no social worker: name and contact are skipped
    typeAndTab({});                                        // virtual school contact
    typeAndTab(QStringLiteral("N"));                       // Northfield
    typeAndTab(QStringLiteral("05092022"));                // joined on
    typeAndTab(QStringLiteral("Referred by the school.")); // notes; Tab goes on to Save
    screenshot(dialog, QStringLiteral("pupil-form.png"));
    ASSERT_EQ(QApplication::focusWidget(), field<QPushButton>(dialog, "saveButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    ASSERT_EQ(dialog.result(), QDialog::Accepted) << field<QLabel>(dialog, "saveError")->text().toStdString();
    const qint64 id = dialog.savedId();
    ASSERT_GT(id, 0);
    EXPECT_EQ(dialog.existingPupilChosen(), 0);
    EXPECT_EQ(pupilValue(id, QStringLiteral("legal_forename")), QStringLiteral("Josephine"));
    EXPECT_EQ(pupilValue(id, QStringLiteral("legal_surname")), QStringLiteral("Bloggs"));
    EXPECT_EQ(pupilValue(id, QStringLiteral("preferred_forename")), QStringLiteral("Jo"));
    EXPECT_EQ(pupilValue(id, QStringLiteral("date_of_birth")), QStringLiteral("2011-05-01"));
    EXPECT_EQ(pupilValue(id, QStringLiteral("sex")), QStringLiteral("F"));
    EXPECT_EQ(pupilValue(id, QStringLiteral("upn")), upn);
    EXPECT_EQ(pupilValue(id, QStringLiteral("ethnicity_code")), QStringLiteral("WBRI"));
    EXPECT_EQ(pupilValue(id, QStringLiteral("first_language")), QStringLiteral("English"));
    EXPECT_EQ(pupilValue(id, QStringLiteral("notes")), QStringLiteral("Referred by the school."));
    EXPECT_EQ(characteristicRows(id),
              (QStringList{QStringLiteral("fsm 1 %1..").arg(kToday), QStringLiteral("looked_after 0 %1..").arg(kToday),
                           QStringLiteral("sen K %1..").arg(kToday)}));
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT pupil_id, school_id, start_date, end_date FROM enrolments")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), id);
    EXPECT_EQ(q.value(1).toLongLong(), m_school);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2022-09-05"));
    EXPECT_TRUE(q.value(3).isNull());
    EXPECT_FALSE(q.next());
}

TEST_F(PupilDialogTest, AWrongUpnCheckLetterIsShownBesideTheFieldAndNothingIsSaved)
{
    PupilDialog dialog(db());
    dialog.show();
    typeIdentity(dialog, QStringLiteral("Sam"), QStringLiteral("Smith"), QStringLiteral("02022012"));
    auto* upn = field<QLineEdit>(dialog, "upnEdit");
    QTest::keyClicks(upn, QStringLiteral("C801200005001")); // B is right
    auto* issue = field<QLabel>(dialog, "upnIssue");
    EXPECT_TRUE(issue->isVisible());
    EXPECT_TRUE(issue->text().contains(QStringLiteral("check letter should be 'B', not 'C'")))
        << issue->text().toStdString();
    EXPECT_FALSE(field<QPushButton>(dialog, "saveButton")->isEnabled());
    QTest::keyClick(upn, Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(count(QStringLiteral("pupils")), 0);

    upn->clear();
    QTest::keyClicks(upn, QStringLiteral("B801200005001"));
    EXPECT_FALSE(issue->isVisible());
    EXPECT_TRUE(field<QPushButton>(dialog, "saveButton")->isEnabled());
}

TEST_F(PupilDialogTest, SameNameAndDateOfBirthOffersTheExistingPupilAndOpeningItCreatesNothing)
{
    Pupil existing = makePupil(QStringLiteral("Josephine"), QStringLiteral("Bloggs"), QDate(2011, 5, 1));
    existing.preferredForename = QStringLiteral("Jo");
    const qint64 existingId = PupilRepository(db()).insert(existing).value();
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) VALUES (%1, %2, "
                                    "'2022-09-05')")
                         .arg(existingId)
                         .arg(m_school)));

    PupilDialog dialog(db());
    dialog.show();
    typeIdentity(dialog, QStringLiteral("JO"), QStringLiteral("bloggs"), QStringLiteral("01052011"));
    QString schoolShown;
    ModalResponder chooser([&schoolShown](QWidget* modal) {
        screenshot(*modal, QStringLiteral("duplicate-pupils.png"));
        if (auto* table = modal->findChild<QTableWidget*>(QStringLiteral("matchesTable"))) {
            schoolShown = table->item(0, 3)->text();
        }
        clickButton(QStringLiteral("openExistingButton"))(modal);
    });
    chooser.arm(&dialog);
    QTest::keyClick(field<QLineEdit>(dialog, "legalSurnameEdit"), Qt::Key_Return);

    EXPECT_EQ(chooser.seen(), 1);
    EXPECT_EQ(chooser.title(), QStringLiteral("Is this pupil already recorded?"));
    EXPECT_EQ(schoolShown, QStringLiteral("Northfield"));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.existingPupilChosen(), existingId);
    EXPECT_EQ(dialog.savedId(), 0);
    EXPECT_EQ(count(QStringLiteral("pupils")), 1);
    EXPECT_EQ(count(QStringLiteral("pupil_characteristics")), 0);
}

TEST_F(PupilDialogTest, SameUpnOffersTheExistingPupilAndRefusesASecondOne)
{
    const QString upn = makeUpn(938, 4001, 11, 1);
    const qint64 existingId =
        PupilRepository(db())
            .insert(makePupil(QStringLiteral("Sam"), QStringLiteral("Smith"), QDate(2012, 2, 2), upn))
            .value();
    PupilDialog dialog(db());
    dialog.show();
    typeIdentity(dialog, QStringLiteral("Samantha"), QStringLiteral("Smyth"), QStringLiteral("03032012"));
    QTest::keyClicks(field<QLineEdit>(dialog, "upnEdit"), upn);
    auto* issue = field<QLabel>(dialog, "upnIssue");
    EXPECT_TRUE(issue->text().contains(QStringLiteral("already belongs to SMITH, Sam, born 02/02/2012")))
        << issue->text().toStdString();
    EXPECT_TRUE(field<QPushButton>(dialog, "saveButton")->isEnabled()); // Save leads to the chooser

    bool createEnabled = true;
    ModalResponder back([&createEnabled](QWidget* modal) {
        createEnabled = modal->findChild<QPushButton*>(QStringLiteral("createAnywayButton"))->isEnabled();
        clickButton(QStringLiteral("backButton"))(modal);
    });
    back.arm(&dialog);
    QTest::keyClick(field<QLineEdit>(dialog, "upnEdit"), Qt::Key_Return);
    EXPECT_EQ(back.seen(), 1);
    EXPECT_FALSE(createEnabled);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(field<QLineEdit>(dialog, "legalForenameEdit")->text(), QStringLiteral("Samantha"));
    EXPECT_EQ(count(QStringLiteral("pupils")), 1);

    ModalResponder open(clickButton(QStringLiteral("openExistingButton")));
    open.arm(&dialog);
    QTest::keyClick(field<QLineEdit>(dialog, "upnEdit"), Qt::Key_Return);
    EXPECT_EQ(open.seen(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.existingPupilChosen(), existingId);
    EXPECT_EQ(count(QStringLiteral("pupils")), 1);
}

TEST_F(PupilDialogTest, CreateAnywayMakesASecondPupilWithTheSameNameAndBirthday)
{
    ASSERT_TRUE(PupilRepository(db())
                    .insert(makePupil(QStringLiteral("Sam"), QStringLiteral("Smith"), QDate(2012, 2, 2)))
                    .ok());
    PupilDialog dialog(db());
    dialog.show();
    typeIdentity(dialog, QStringLiteral("Sam"), QStringLiteral("Smith"), QStringLiteral("02022012"));
    ModalResponder create(clickButton(QStringLiteral("createAnywayButton")));
    create.arm(&dialog);
    QTest::keyClick(field<QLineEdit>(dialog, "legalSurnameEdit"), Qt::Key_Return);
    EXPECT_EQ(create.seen(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_GT(dialog.savedId(), 0);
    EXPECT_EQ(count(QStringLiteral("pupils")), 2);
}

TEST_F(PupilDialogTest, AWarningIsConfirmedBeforeSaving)
{
    PupilDialog dialog(db());
    dialog.show();
    typeIdentity(dialog, QStringLiteral("Kim"), QStringLiteral("Lee"), QStringLiteral("04042013"));
    auto* lookedAfter = field<QComboBox>(dialog, "lookedAfterCombo");
    lookedAfter->setFocus();
    QTest::keyClicks(lookedAfter, QStringLiteral("L")); // looked after, with no virtual school contact
    EXPECT_TRUE(field<QLabel>(dialog, "virtualSchoolContactIssue")->isVisible());

    ModalResponder no(answerMessageBox(QMessageBox::No));
    no.arm(&dialog);
    QTest::keyClick(field<QLineEdit>(dialog, "legalSurnameEdit"), Qt::Key_Return);
    EXPECT_EQ(no.seen(), 1);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(count(QStringLiteral("pupils")), 0);

    ModalResponder yes(answerMessageBox(QMessageBox::Yes));
    yes.arm(&dialog);
    QTest::keyClick(field<QLineEdit>(dialog, "legalSurnameEdit"), Qt::Key_Return);
    EXPECT_EQ(yes.seen(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(characteristicRows(dialog.savedId()), QStringList{QStringLiteral("looked_after 1 %1..").arg(kToday)});
}

TEST_F(PupilDialogTest, AFailedSaveKeepsTheFormAndItsData)
{
    PupilDialog dialog(db());
    dialog.show();
    typeIdentity(dialog, QStringLiteral("Alex"), QStringLiteral("Jones"), QStringLiteral("05052010"));
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = ON")));
    QTest::keyClick(field<QLineEdit>(dialog, "legalSurnameEdit"), Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    auto* error = field<QLabel>(dialog, "saveError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved:"))) << error->text().toStdString();
    EXPECT_EQ(dialog.pupil().legalForename, QStringLiteral("Alex"));
    EXPECT_EQ(dialog.pupil().dateOfBirth, QDate(2010, 5, 5));

    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = OFF")));
    QTest::keyClick(field<QLineEdit>(dialog, "legalSurnameEdit"), Qt::Key_Return); // the same form, saved now
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(pupilValue(dialog.savedId(), QStringLiteral("legal_surname")), QStringLiteral("Jones"));
}

TEST_F(PupilDialogTest, EditingChangesTheRowAndDatesTheNewCharacteristic)
{
    PupilCharacteristics c;
    c.sen = QStringLiteral("K");
    const QDate started = QDate::currentDate().addDays(-30);
    const qint64 id =
        PupilRepository(db())
            .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1)), c, started)
            .value();
    PupilDialog dialog(db(), id);
    dialog.show();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit pupil details"));
    EXPECT_FALSE(field<QGroupBox>(dialog, "currentSchoolGroup")->isVisible());
    EXPECT_EQ(field<QComboBox>(dialog, "senCombo")->currentData().toString(), QStringLiteral("K"));
    auto* surname = field<QLineEdit>(dialog, "legalSurnameEdit");
    EXPECT_EQ(surname->text(), QStringLiteral("Bloggs"));
    surname->selectAll();
    QTest::keyClicks(surname, QStringLiteral("Bloggs-Smith"));
    auto* sen = field<QComboBox>(dialog, "senCombo");
    sen->setFocus();
    QTest::keyClicks(sen, QStringLiteral("E")); // EHC plan
    QTest::keyClick(surname, Qt::Key_Return);

    ASSERT_EQ(dialog.result(), QDialog::Accepted) << field<QLabel>(dialog, "saveError")->text().toStdString();
    EXPECT_EQ(dialog.savedId(), id);
    EXPECT_EQ(pupilValue(id, QStringLiteral("legal_surname")), QStringLiteral("Bloggs-Smith"));
    EXPECT_EQ(pupilValue(id, QStringLiteral("row_version")), QStringLiteral("2"));
    EXPECT_EQ(characteristicRows(id), (QStringList{QStringLiteral("sen K %1..%2")
                                                       .arg(started.toString(Qt::ISODate),
                                                            QDate::currentDate().addDays(-1).toString(Qt::ISODate)),
                                                   QStringLiteral("sen E %1..").arg(kToday)}));
}

TEST_F(PupilDialogTest, AnEditSavedBySomeoneElseFirstIsNotSaved)
{
    const qint64 id = PupilRepository(db())
                          .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1)))
                          .value();
    PupilDialog dialog(db(), id);
    dialog.show();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE pupils SET notes = 'changed elsewhere', row_version = 2")));
    auto* language = field<QLineEdit>(dialog, "firstLanguageEdit");
    QTest::keyClicks(language, QStringLiteral("Polish"));
    QTest::keyClick(language, Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(field<QLabel>(dialog, "saveError")->text(),
              QStringLiteral("Not saved: This record was changed by someone else since you opened it; close the form "
                             "and open it again."));
    EXPECT_EQ(language->text(), QStringLiteral("Polish"));
    EXPECT_EQ(pupilValue(id, QStringLiteral("notes")), QStringLiteral("changed elsewhere"));
}

} // namespace
} // namespace casebook::test
