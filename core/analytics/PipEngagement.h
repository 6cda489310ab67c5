#pragma once

#include <QMap>
#include <QString>

#include <vector>

namespace casebook {

// A school's engagement with the Pupil Inclusion Panel in an academic year (schoolId 0: LA-wide): referrals
// received (not voided), how far they got and what the panel decided.
struct PipEngagement
{
    qint64 schoolId = 0;
    QString schoolName;
    int referrals = 0;            // received in the year
    int onAgenda = 0;             // placed on a panel meeting's agenda
    int heard = 0;                // on the agenda of a meeting that was held
    int decided = 0;              // with a panel decision recorded
    int withdrawn = 0;            // withdrawn by the school
    QMap<QString, int> decisions; // decision id (pip_referrals.decision) -> referrals
};

// One grouped row of the engagement query: a school and one decision ("" for none) with its counts.
struct PipEngagementRow
{
    qint64 schoolId = 0;
    QString schoolName;
    QString decision;
    int referrals = 0;
    int onAgenda = 0;
    int heard = 0;
    int withdrawn = 0;
};

// Folds the rows per school (in row order) and puts the LA row, their sum, first. Pure.
std::vector<PipEngagement> foldPipEngagement(const std::vector<PipEngagementRow>& rows);

} // namespace casebook
