#pragma once

#include <QDate>
#include <QString>

namespace casebook {

// A school as the LA knows it (DOMAIN.md: School).
struct School
{
    qint64 id = 0;
    QString urn;     // 6 digits
    QString laestab; // 7 digits: LA code + establishment number
    QString name;
    QString phase;      // nursery, primary, middle, secondary, all_through, special, pru, ap
    QString schoolType; // la_maintained, academy, free_school, independent, other
    QString trustName;
    QString locality;
    QDate openedOn;
    QDate closedOn;
};

// Human labels for the stored phase ids.
QString phaseLabel(const QString& phase);

} // namespace casebook
