#include "panel/MeetingListModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

TEST(MeetingListModel, ShowsEachMeetingAsTheListReadsAndKeepsQtsModelRules)
{
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({{7, QDate(2024, 11, 21), QStringLiteral("Town Hall"), QStringLiteral("planned"), 0, 0},
                   {3, QDate(2024, 10, 17), QStringLiteral("Civic Centre"), QStringLiteral("held"), 3, 2}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, MeetingListModel::Date).data().toString(), QStringLiteral("21/11/2024"));
    EXPECT_EQ(model.index(0, MeetingListModel::Referrals).data().toString(), QStringLiteral("none"));
    EXPECT_EQ(model.index(1, MeetingListModel::Location).data().toString(), QStringLiteral("Civic Centre"));
    EXPECT_EQ(model.index(1, MeetingListModel::Status).data().toString(), QStringLiteral("Held"));
    EXPECT_EQ(model.index(1, MeetingListModel::Referrals).data().toString(), QStringLiteral("3 (2 decided)"));
    EXPECT_EQ(model.rowOf(3), 1);
    EXPECT_EQ(model.rowOf(99), -1);
    EXPECT_EQ(model.headerData(MeetingListModel::Referrals, Qt::Horizontal).toString(), QStringLiteral("Referrals"));
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace casebook::test
