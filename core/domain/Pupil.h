#pragma once

#include <QDate>
#include <QString>

namespace casebook {

// A pupil's identity (DOMAIN.md: Pupil). Dated characteristics live in pupil_characteristics.
struct Pupil
{
    qint64 id = 0;
    QString upn; // may be empty or temporary
    QString legalForename;
    QString legalSurname;
    QString preferredForename;
    QString preferredSurname;
    QDate dateOfBirth;
    QString sex; // F, M, U
    QString ethnicityCode;
    bool hasSocialWorker = false;

    QString displayName() const;
};

// One row of a pupil search: enough to pick the right child.
struct PupilSummary
{
    qint64 id = 0;
    QString upn;
    QString name; // "Surname, Forename (Preferred)"
    QDate dateOfBirth;
    QString currentSchool;
};

} // namespace casebook
