#pragma once

#include "TempDatabase.h"

#include <QString>
#include <QStringList>

namespace casebook::test {

// A small LA worked out by hand for the analytics tests (see AnalyticsFixture.cpp for every record and
// docs/analytics.md for the rules). Three secondary schools on the 2024/25 term dates plus the 2023/24
// summer term, which has no roll figure:
//   North (roll 400; Years 10 and 11: 80 and 70), South (roll 200; 200 and 200),
//   East (opened 04/11/2024, roll 100, no year-group figures).
class AnalyticsFixture : public DatabaseTest
{
protected:
    void SetUp() override;

    // Plain INSERT helpers; each returns the new row's id (0 and a test failure when the insert fails).
    qint64 insert(const QString& statement);
    qint64 pupil(const QString& name, const QString& sex, const QString& dob, const QString& ethnicity = {});
    qint64 suspension(qint64 pupil, qint64 school, const QString& firstDay, int sessions, const QStringList& reasons);
    qint64 exclusion(qint64 pupil, qint64 school, const QString& decided, const QStringList& reasons);
    void enrol(qint64 pupil, qint64 school, const QString& start, const QString& end = {},
               const QString& leavingReason = {}, qint64 destination = 0);

    qint64 m_north = 0;
    qint64 m_south = 0;
    qint64 m_east = 0;
    qint64 m_ann = 0; // F, Year 10, SEN support and FSM, White: three suspensions at North
    qint64 m_ben = 0; // M, Year 9: one suspension at North, one of 86 sessions at South, excluded (reinstated)
    qint64 m_cal = 0; // M, Year 11, at South: one suspension, excluded in the summer
    qint64 m_dee = 0; // F, Year 10, at East (one suspension dated before East opened)
    qint64 m_eve = 0; // F, Year 11, at North: suspended, left for home education 12 days later
    qint64 m_fay = 0; // F, Year 10, at North, never suspended; left (reason unknown) after the census
    qint64 m_hal = 0; // M, Year 10, left North in December (reason other)
    qint64 m_gus = 0; // M, Year 10, left South (reason unknown)
};

} // namespace casebook::test
