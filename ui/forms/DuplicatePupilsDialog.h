#pragma once

#include "domain/Pupil.h"

#include <QDialog>
#include <QVector>

class QPushButton;
class QTableWidget;

namespace casebook {

// Offered before a new pupil is created when pupils with the same UPN, or the same name and date of birth,
// are already recorded: open one of them (the default), create the new pupil anyway, or go back to the form.
class DuplicatePupilsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        BackToForm,
        OpenExisting,
        CreateAnyway,
    };

    // `createAllowed` false (one of them has the UPN typed) leaves only opening one or going back.
    DuplicatePupilsDialog(const QVector<PupilSummary>& matches, bool createAllowed, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // The pupil picked in the list when the choice is OpenExisting, otherwise 0.
    qint64 chosenPupilId() const;

private:
    void choose(Choice choice);

    QVector<PupilSummary> m_matches;
    QTableWidget* m_table;
    QPushButton* m_open;
    QPushButton* m_create;
    QPushButton* m_back;
    Choice m_choice = Choice::BackToForm;
};

} // namespace casebook
