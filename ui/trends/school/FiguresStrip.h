#pragma once

#include "analytics/SchoolDashboardQuery.h"
#include "analytics/SmallNumbers.h"

#include <QFrame>

class QLabel;

namespace casebook::school {

// The school dashboard's compact figures for the last academic year: suspensions, pupils suspended, days lost,
// permanent exclusions (each beside the LA, and national rates where recorded), then repeat suspensions and PIP
// referrals. Counts follow the small-numbers policy.
class FiguresStrip : public QFrame
{
    Q_OBJECT

public:
    explicit FiguresStrip(QWidget* parent = nullptr);

    void setFigures(const SchoolDashboard& d, const SmallNumberPolicy& policy);
    void clear();

    // The plain text of one card (objectName "stripSuspensions", "stripPupils", "stripDays", "stripExclusions",
    // "stripRepeat"), for tests and screen readers.
    QString cardText(const QString& objectName) const;

private:
    QLabel* addCard(const QString& objectName, const QString& accessibleName);
    static void setCard(QLabel* card, const QString& title, const QString& figure, const QStringList& lines);

    QLabel* m_suspensions;
    QLabel* m_pupils;
    QLabel* m_days;
    QLabel* m_exclusions;
    QLabel* m_repeat;
};

} // namespace casebook::school
