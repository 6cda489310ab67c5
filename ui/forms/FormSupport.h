#pragma once

#include "common/Result.h"
#include "services/FieldIssue.h"

#include <QDate>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QWidget;

namespace casebook {

class Database;

// Building blocks every record form shares, so the forms look and behave alike: dd/mm/yyyy date fields
// with a calendar pop-up, optional dates shown as "not recorded", messages beside their fields, a school
// chooser, and confirmation of warnings before saving.
namespace forms {

// A date field with a calendar pop-up, named for tests and screen readers. An optional field starts as
// "not recorded"; a required one starts on today. Made for typing: Tab leaves the field (it does not walk
// the day, month and year), digits typed from the day on fill it ("03102024" is 03/10/2024, also into a
// "not recorded" field), and Delete puts an optional field back to "not recorded".
QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName, bool optional);
// The date in an optional field, or a null date when it is "not recorded".
QDate optionalDate(const QDateEdit* edit);
// Puts a date (null: "not recorded") into an optional field.
void setOptionalDate(QDateEdit* edit, QDate date);

// Fills a combo box with every open school as "Name (URN)", the school id as item data, and selects
// `preselect` when it is there. With `allowNone`, the first item is "(none)" with id 0.
void fillSchoolCombo(Database& db, QComboBox* combo, qint64 preselect, bool allowNone = false);
// Fills a combo box with (label, stored id) pairs and selects `current` when it is there.
void fillChoiceCombo(QComboBox* combo, const std::vector<std::pair<QString, QString>>& choices, const QString& current);

// Ctrl+PgDown / Ctrl+PgUp change to the next / previous tab from anywhere in the tabs' window (date fields
// and combo boxes would otherwise take the keys for themselves).
void addTabShortcuts(QTabWidget* tabs);

// Fills the reason combos of a suspension or exclusion with "(none)" and the DfE codes valid on `day`, keeping
// each combo's choice where it is still valid.
void fillReasonCombos(QComboBox* const (&combos)[3], QDate day);
// The codes chosen in those combos, in order, leaving out "(none)".
QStringList chosenReasonCodes(const QComboBox* const (&combos)[3]);

// A label for the red "Not saved: ..." line at the foot of a form.
QLabel* makeSaveErrorLabel(QWidget* parent);

// Inserts a new record (id 0) or updates it, guarded by the row version the form loaded; the record's id.
template <typename Repository, typename Record>
Result<qint64> insertOrUpdate(Repository&& repository, const Record& record, int loadedRowVersion)
{
    if (record.id == 0) {
        return repository.insert(record);
    }
    if (Status updated = repository.update(record, loadedRowVersion); !updated) {
        return updated.error();
    }
    return record.id;
}

// Asks the officer to confirm each warning in turn; false as soon as one is declined.
bool confirmWarnings(QWidget* parent, const std::vector<FieldIssue>& issues);

// The labels beside a form's fields that show its issues: red for errors, amber for warnings.
class IssueLabels
{
public:
    explicit IssueLabels(QWidget* owner) : m_owner(owner) {}

    // A hidden label for `field`, named "<field>Issue" for tests; put it in the form under the field.
    QLabel* add(const QString& field);
    // Shows each issue beside its field and hides the rest. Issues for fields with no label are shown
    // beside `fallbackField` when given. True when nothing blocks saving.
    bool show(const std::vector<FieldIssue>& issues, const QString& fallbackField = {});

private:
    QWidget* m_owner;
    QMap<QString, QLabel*> m_labels;
};

} // namespace forms
} // namespace casebook
