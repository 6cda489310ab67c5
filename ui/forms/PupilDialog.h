#pragma once

#include "domain/Pupil.h"
#include "forms/FormSupport.h"

#include <QDialog>
#include <QVector>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casebook {

class Database;

// Adds a pupil (pupilId 0) or edits one: names, date of birth, UPN, ethnicity, language, social worker and
// virtual school, notes, and the dated characteristics SEN, FSM and looked-after. A new pupil may be given a
// current school. Before a new pupil is created, pupils with the same UPN or the same name and date of birth
// are offered instead; choosing one closes the form (Accepted) having created nothing.
class PupilDialog : public QDialog
{
    Q_OBJECT

public:
    PupilDialog(Database& db, qint64 pupilId = 0, QWidget* parent = nullptr);

    // The pupil and characteristics as the form stands.
    Pupil pupil() const;
    PupilCharacteristics characteristics() const;
    // The pupil's id after a successful save (the new id, or the edited pupil's).
    qint64 savedId() const { return m_savedId; }
    // The existing pupil the officer chose to open instead of creating a new one; 0 if none.
    qint64 existingPupilChosen() const { return m_existingChosen; }

    void accept() override;

private:
    void buildLayout();
    void load();
    // Re-checks the form; true when Save may go ahead.
    bool revalidate();
    std::vector<FieldIssue> issues();
    // Who else already has this UPN ("SURNAME, Forename, born dd/mm/yyyy"), or empty.
    QString upnOwner(const QString& upn);
    QVector<PupilSummary> likelyDuplicates(const Pupil& p, QString* error);
    // Shows the duplicate chooser when there are matches; false when the form should not go on saving.
    bool offerDuplicates(const Pupil& p);
    bool save(const Pupil& p, const PupilCharacteristics& c);

    Database& m_db;
    qint64 m_pupilId;
    qint64 m_savedId = 0;
    qint64 m_existingChosen = 0;
    QDate m_today;
    Pupil m_loaded;
    bool m_loadFailed = false;      // the pupil could not be opened: nothing to save over
    QStringList m_acceptedWarnings; // warnings the record had when opened: not asked about again
    QString m_ownerUpn;             // the UPN m_owner was looked up for
    QString m_owner;
    QLineEdit* m_legalForename;
    QLineEdit* m_legalSurname;
    QLineEdit* m_preferredForename;
    QLineEdit* m_preferredSurname;
    QDateEdit* m_dateOfBirth;
    QComboBox* m_sex;
    QLineEdit* m_upn;
    QComboBox* m_ethnicity;
    QLineEdit* m_firstLanguage;
    QComboBox* m_sen;
    QComboBox* m_fsm;
    QComboBox* m_lookedAfter;
    QCheckBox* m_hasSocialWorker;
    QLineEdit* m_socialWorkerName;
    QLineEdit* m_socialWorkerContact;
    QLineEdit* m_virtualSchool;
    QGroupBox* m_schoolGroup;
    QComboBox* m_school;
    QDateEdit* m_startDate;
    QPlainTextEdit* m_notes;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
