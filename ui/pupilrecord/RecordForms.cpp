#include "pupilrecord/RecordForms.h"

#include "forms/SuspensionDialog.h"

#include <QObject>

namespace casebook {

const std::vector<RecordFormInfo>& addableRecordForms()
{
    static const std::vector<RecordFormInfo> forms{
        {CaseRecordKind::Suspension, QObject::tr("Record a &suspension…"),
         QKeySequence(QStringLiteral("Ctrl+Shift+S"))},
    };
    return forms;
}

std::unique_ptr<QDialog> createRecordForm(CaseRecordKind kind, Database& db, qint64 pupilId, qint64 recordId,
                                          QWidget* parent)
{
    switch (kind) {
    case CaseRecordKind::Suspension:
        if (recordId == 0) {
            return std::make_unique<SuspensionDialog>(db, pupilId, parent);
        }
        return nullptr;
    default:
        return nullptr;
    }
}

} // namespace casebook
