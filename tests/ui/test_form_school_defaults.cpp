#include "Builders.h"
#include "TempDatabase.h"

#include "forms/PermanentExclusionDialog.h"
#include "forms/PipReferralDialog.h"
#include "forms/PspDialog.h"
#include "forms/SuspensionDialog.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

#include <memory>

namespace casebook::test {
namespace {

// A new suspension, exclusion, PSP or panel referral starts on the school the pupil is at or, for a pupil on
// no roll now, the school they left last: never on whichever school's name sorts first.
class FormSchoolDefaultTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        SchoolRepository schools(db());
        schools.insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Abbey Academy"))).value(); // sorts first
        m_northfield = schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date, end_date, "
                                        "leaving_reason) VALUES (%1, %2, '2022-09-05', '2024-07-19', "
                                        "'moved_out_of_area')")
                             .arg(m_pupil)
                             .arg(m_northfield)));
    }

    qint64 schoolShown(QDialog& dialog) const
    {
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("schoolCombo"));
        return combo == nullptr ? -1 : combo->currentData().toLongLong();
    }

    qint64 m_northfield = 0;
    qint64 m_pupil = 0;
};

TEST_F(FormSchoolDefaultTest, NewRecordsStartOnTheSchoolThePupilLeftLast)
{
    std::vector<std::pair<const char*, std::unique_ptr<QDialog>>> forms;
    forms.emplace_back("suspension", std::make_unique<SuspensionDialog>(db(), m_pupil));
    forms.emplace_back("exclusion", std::make_unique<PermanentExclusionDialog>(db(), m_pupil));
    forms.emplace_back("psp", std::make_unique<PspDialog>(db(), m_pupil));
    forms.emplace_back("referral", std::make_unique<PipReferralDialog>(db(), m_pupil));
    for (auto& [name, dialog] : forms) {
        SCOPED_TRACE(name);
        EXPECT_EQ(schoolShown(*dialog), m_northfield);
    }
}

TEST_F(FormSchoolDefaultTest, APupilWithNoSchoolHistoryIsAskedToChooseOne)
{
    const qint64 newcomer = PupilRepository(db())
                                .insert(makePupil(QStringLiteral("Sam"), QStringLiteral("Newcomer"), QDate(2012, 2, 3),
                                                  makeUpn(938, 4001, 12, 2)))
                                .value();
    std::vector<std::pair<const char*, std::unique_ptr<QDialog>>> forms;
    forms.emplace_back("suspension", std::make_unique<SuspensionDialog>(db(), newcomer));
    forms.emplace_back("exclusion", std::make_unique<PermanentExclusionDialog>(db(), newcomer));
    forms.emplace_back("psp", std::make_unique<PspDialog>(db(), newcomer));
    forms.emplace_back("referral", std::make_unique<PipReferralDialog>(db(), newcomer));
    for (auto& [name, dialog] : forms) {
        SCOPED_TRACE(name);
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("schoolCombo"));
        ASSERT_NE(combo, nullptr);
        EXPECT_EQ(combo->currentText(), QStringLiteral("(choose a school)"));
        EXPECT_EQ(schoolShown(*dialog), 0);
        auto* issue = dialog->findChild<QLabel*>(QStringLiteral("schoolIssue"));
        ASSERT_NE(issue, nullptr);
        EXPECT_FALSE(issue->isHidden());
        EXPECT_TRUE(issue->text().startsWith(QStringLiteral("Choose the"))) << issue->text().toStdString();
        auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        ASSERT_NE(save, nullptr);
        EXPECT_FALSE(save->isEnabled());
        combo->setCurrentIndex(combo->findData(m_northfield));
        EXPECT_TRUE(issue->isHidden());
    }
}

} // namespace
} // namespace casebook::test
