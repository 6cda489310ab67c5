#include "QtPrinters.h"

#include "forms/FormSupport.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// Two date fields as a form holds them: an optional one ("not recorded") and a required one, then a line edit.
class FormDatesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto* layout = new QVBoxLayout(&m_window);
        m_optional = forms::makeDateEdit(&m_window, QStringLiteral("optional"), QStringLiteral("Optional"), true);
        m_required = forms::makeDateEdit(&m_window, QStringLiteral("required"), QStringLiteral("Required"), false);
        m_after = new QLineEdit(&m_window);
        m_after->setObjectName(QStringLiteral("after"));
        layout->addWidget(m_optional);
        layout->addWidget(m_required);
        layout->addWidget(m_after);
        m_window.show();
        QApplication::setActiveWindow(&m_window);
    }

    // Tabs into `edit` from a neighbouring field and types `keys`, as an officer would.
    void typeInto(QDateEdit* edit, const QString& keys)
    {
        QWidget* neighbour = edit == m_optional ? m_required : m_optional;
        neighbour->setFocus();
        QTest::keyClick(neighbour, edit == m_optional ? Qt::Key_Backtab : Qt::Key_Tab);
        ASSERT_EQ(QApplication::focusWidget(), edit);
        QTest::keyClicks(edit, keys);
    }

    QWidget m_window;
    QDateEdit* m_optional = nullptr;
    QDateEdit* m_required = nullptr;
    QLineEdit* m_after = nullptr;
};

TEST_F(FormDatesTest, TypedDatesWithOrWithoutSeparators)
{
    const struct
    {
        const char* keys;
        QDate expected;
    } cases[] = {
        {"03102024", QDate(2024, 10, 3)},    {"3/10/2024", QDate(2024, 10, 3)}, {"6/1/2025", QDate(2025, 1, 6)},
        {"31/1/2025", QDate(2025, 1, 31)},   {"31012025", QDate(2025, 1, 31)},  {"29/2/2024", QDate(2024, 2, 29)},
        {"31.12.2024", QDate(2024, 12, 31)}, {"12-3-2025", QDate(2025, 3, 12)},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.keys);
        m_required->setDate(QDate(2026, 11, 23)); // a 30-day month: 31 must still be typeable
        typeInto(m_required, QLatin1String(c.keys));
        EXPECT_EQ(m_required->date(), c.expected);
    }
}

TEST_F(FormDatesTest, TypingIntoNotRecordedStartsADateAndDeleteClearsIt)
{
    EXPECT_FALSE(forms::optionalDate(m_optional).isValid());
    typeInto(m_optional, QStringLiteral("03102024"));
    EXPECT_EQ(forms::optionalDate(m_optional), QDate(2024, 10, 3));
    QTest::keyClick(m_optional, Qt::Key_Delete);
    EXPECT_FALSE(forms::optionalDate(m_optional).isValid());
    EXPECT_EQ(m_optional->text(), QStringLiteral("not recorded"));
    QTest::keyClick(m_required, Qt::Key_Delete); // a required date is never "not recorded"
    EXPECT_TRUE(m_required->date().isValid());
}

TEST_F(FormDatesTest, TabLeavesTheFieldFromAnySection)
{
    m_optional->setFocus();
    QTest::keyClick(m_optional, Qt::Key_Tab); // "not recorded": no sections to walk
    EXPECT_EQ(QApplication::focusWidget(), m_required);
    QTest::keyClicks(m_required, QStringLiteral("0310")); // stops in the year
    QTest::keyClick(m_required, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), m_after);
    QTest::keyClick(m_after, Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), m_required);
    QTest::keyClicks(m_required, QStringLiteral("05112024")); // Shift+Tab in: typing starts at the day too
    EXPECT_EQ(m_required->date(), QDate(2024, 11, 5));
    QTest::keyClick(m_required, Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), m_optional);
}

} // namespace
} // namespace casebook::test
