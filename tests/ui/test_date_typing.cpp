#include "forms/FormSupport.h"

#include <QDateEdit>
#include <QDialog>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

struct Case
{
    QDate shown;      // what the field showed before typing (null: an optional field "not recorded")
    const char* keys; // typed from the day section
    QDate expected;
};

// The dates Qt 6.4's own typing gets wrong, and the ordinary ones.
TEST(DateTyping, DigitsTypedGiveTheDateWhateverTheFieldShowed)
{
    const QDate today = QDate::currentDate();
    const std::vector<Case> cases = {
        {QDate(2026, 11, 23), "31102024", QDate(2024, 10, 31)}, // Qt: 30/10/2024
        {QDate(2026, 2, 3), "30012024", QDate(2024, 1, 30)},    // Qt: 03/01/2024
        {QDate(2026, 1, 3), "29022024", QDate(2024, 2, 29)},    // Qt: 28/02/2024
        {QDate(2026, 1, 31), "15022024", QDate(2024, 2, 15)},
        {QDate(2026, 1, 3), "31122024", QDate(2024, 12, 31)},
        {QDate(2026, 6, 10), "3/9/2024", QDate(2024, 9, 3)},
        {QDate(2026, 6, 10), "4", QDate(2026, 6, 4)},        // a day alone keeps the month and year
        {QDate(2026, 6, 10), "0407", QDate(2026, 7, 4)},     // day and month
        {QDate(2026, 6, 10), "040724\t", QDate(2024, 7, 4)}, // a two-digit year is 20yy
        {QDate(2026, 6, 10), "35\b15", QDate(2026, 6, 15)},  // 35 is refused; Backspace takes back the 3
        {QDate(), "05112024", QDate(2024, 11, 5)},           // "not recorded" takes digits too
        {QDate(), "1", QDate(today.year(), today.month(), 1)},
    };
    QDialog dialog;
    auto* layout = new QVBoxLayout(&dialog);
    QDateEdit* required = forms::makeDateEdit(&dialog, QStringLiteral("required"), QStringLiteral("Required"), false);
    QDateEdit* optional = forms::makeDateEdit(&dialog, QStringLiteral("optional"), QStringLiteral("Optional"), true);
    layout->addWidget(required);
    layout->addWidget(optional);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    for (const Case& c : cases) {
        SCOPED_TRACE(std::string(c.keys) + " over " + c.shown.toString(Qt::ISODate).toStdString());
        QDateEdit* edit = c.shown.isValid() ? required : optional;
        forms::setOptionalDate(edit, c.shown);
        edit->setFocus();
        edit->setSelectedSection(QDateTimeEdit::DaySection);
        for (const char key : QByteArray(c.keys)) {
            if (key == '\t') {
                QTest::keyClick(edit, Qt::Key_Tab);
            } else if (key == '\b') {
                QTest::keyClick(edit, Qt::Key_Backspace);
            } else {
                QTest::keyClick(edit, key);
            }
        }
        required->clearFocus();
        optional->clearFocus();
        EXPECT_EQ(edit->date(), c.expected);
    }
}

TEST(DateTyping, CtrlDeleteMakesAnOptionalDateNotRecorded)
{
    QDialog dialog;
    QDateEdit* optional = forms::makeDateEdit(&dialog, QStringLiteral("optional"), QStringLiteral("Optional"), true);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    forms::setOptionalDate(optional, QDate(2024, 10, 3));
    optional->setFocus();
    QTest::keyClick(optional, Qt::Key_Delete, Qt::ControlModifier);
    EXPECT_FALSE(forms::optionalDate(optional).isValid());
    EXPECT_EQ(optional->text(), QStringLiteral("not recorded"));
}

} // namespace
} // namespace casebook::test
