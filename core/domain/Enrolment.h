#pragma once

#include <QDate>
#include <QString>

#include <utility>
#include <vector>

namespace casebook {

// One stay at one school (DOMAIN.md: Enrolment). Where the pupil went next is part of the evidence trail.
struct Enrolment
{
    qint64 id = 0;
    qint64 pupilId = 0;
    qint64 schoolId = 0;
    QDate startDate;
    QDate endDate;                                       // null while the pupil is still on roll
    QString registrationType = QStringLiteral("single"); // single, main_dual, subsidiary_dual
    QString leavingReason;                               // empty, or one of leavingReasonChoices()
    qint64 destinationSchoolId = 0;                      // 0 when none
    QString destinationNote;
    int rowVersion = 1;
    QString schoolName; // read with the row, for display; never written
};

// A move from one school to the next: the current enrolment ends and, when there is a destination school,
// a new one starts there.
struct SchoolMove
{
    qint64 pupilId = 0;
    qint64 leavingEnrolmentId = 0; // 0 when the pupil has no current school
    int leavingRowVersion = 1;
    QDate endDate; // the last day on roll at the school being left
    QString leavingReason;
    qint64 destinationSchoolId = 0; // 0: no new enrolment (home education, out of area, ...)
    QString destinationNote;
    QDate startDate; // the first day at the destination
    QString registrationType = QStringLiteral("single");
};

// (label, stored id) pairs in the schema's order.
std::vector<std::pair<QString, QString>> leavingReasonChoices();
std::vector<std::pair<QString, QString>> registrationTypeChoices();
QString leavingReasonLabel(const QString& id);
QString registrationTypeLabel(const QString& id);

} // namespace casebook
