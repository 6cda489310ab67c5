#pragma once

#include <QString>

namespace casebook {

// A parent, carer or other person to contact about a pupil.
struct Contact
{
    qint64 id = 0;
    qint64 pupilId = 0;
    QString name;
    QString relationship; // free text: Mother, Foster carer, ...
    bool hasParentalResponsibility = false;
    QString phone;
    QString email;
    QString address;
    bool isPrimary = false; // at most one per pupil
    int rowVersion = 1;
};

} // namespace casebook
