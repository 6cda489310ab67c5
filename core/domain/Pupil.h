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
    QString firstLanguage;
    bool hasSocialWorker = false;
    QString socialWorkerName;
    QString socialWorkerContact;
    QString virtualSchoolContact;
    QString notes;
    int rowVersion = 1; // as loaded; an update succeeds only while the row still has it

    QString displayName() const;
};

// The characteristics Casebook reports on, as currently recorded (the open dated row of each kind).
// Empty means not recorded.
struct PupilCharacteristics
{
    QString sen;         // N (no SEN), K (SEN support), E (EHC plan)
    QString fsm;         // 1 eligible, 0 not eligible
    QString lookedAfter; // 1 looked after, 0 not

    friend bool operator==(const PupilCharacteristics& a, const PupilCharacteristics& b)
    {
        return a.sen == b.sen && a.fsm == b.fsm && a.lookedAfter == b.lookedAfter;
    }
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
