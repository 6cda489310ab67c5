#include "PlacementFormKeys.h"

#include "forms/FormSupport.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// Date fields from the form kit work without the mouse: typed digits make the date (optional fields start as
// "not recorded"), Tab leaves the field in one key, and an optional date can be cleared.
class DateFieldKeysTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto* layout = new QVBoxLayout(&m_dialog);
        m_before = new QLineEdit(&m_dialog);
        m_required = forms::makeDateEdit(&m_dialog, QStringLiteral("required"), QStringLiteral("Required"), false);
        m_optional = forms::makeDateEdit(&m_dialog, QStringLiteral("optional"), QStringLiteral("Optional"), true);
        m_after = new QLineEdit(&m_dialog);
        m_after->setObjectName(QStringLiteral("after"));
        for (QWidget* w : std::initializer_list<QWidget*>{m_before, m_required, m_optional, m_after}) {
            layout->addWidget(w);
        }
        placementkeys::open(m_dialog);
        m_before->setFocus();
    }

    QDialog m_dialog;
    QLineEdit* m_before = nullptr;
    QDateEdit* m_required = nullptr;
    QDateEdit* m_optional = nullptr;
    QLineEdit* m_after = nullptr;
};

TEST_F(DateFieldKeysTest, DigitsTypedIntoBothKindsOfDateFieldMakeTheDateAndTabMovesOn)
{
    placementkeys::tab();
    placementkeys::typeAndTab(QStringLiteral("03102024"));
    EXPECT_EQ(m_required->date(), QDate(2024, 10, 3));
    EXPECT_EQ(forms::optionalDate(m_optional), QDate());
    placementkeys::typeAndTab(QStringLiteral("04112024"));
    EXPECT_EQ(forms::optionalDate(m_optional), QDate(2024, 11, 4));
    EXPECT_EQ(placementkeys::focused(), m_after);
}

TEST_F(DateFieldKeysTest, OneTabPassesEachDateFieldEitherWay)
{
    placementkeys::tab();
    EXPECT_EQ(placementkeys::focused(), m_required);
    placementkeys::tab();
    EXPECT_EQ(placementkeys::focused(), m_optional);
    placementkeys::tab();
    EXPECT_EQ(placementkeys::focused(), m_after);
    placementkeys::press(Qt::Key_Backtab, Qt::ShiftModifier);
    placementkeys::press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(placementkeys::focused(), m_required);
    EXPECT_EQ(forms::optionalDate(m_optional), QDate()); // passing through changes nothing
}

TEST_F(DateFieldKeysTest, SelectAllAndDeleteClearsAnOptionalDate)
{
    forms::setOptionalDate(m_optional, QDate(2024, 11, 4));
    m_optional->setFocus(Qt::TabFocusReason);
    placementkeys::press(Qt::Key_A, Qt::ControlModifier);
    placementkeys::press(Qt::Key_Delete);
    EXPECT_EQ(forms::optionalDate(m_optional), QDate());
    placementkeys::type(QStringLiteral("05122024"));
    EXPECT_EQ(forms::optionalDate(m_optional), QDate(2024, 12, 5));
}

} // namespace
} // namespace casebook::test
