#include "pupilrecord/RecordForms.h"

#include "forms/ApPlacementDialog.h"
#include "forms/CaseNoteDialog.h"
#include "forms/ContactDialog.h"
#include "forms/EheCmeDialog.h"
#include "forms/EnrolmentDialog.h"
#include "forms/PermanentExclusionDialog.h"
#include "forms/PipReferralDialog.h"
#include "forms/PlacementDialog.h"
#include "forms/PspDialog.h"
#include "forms/PupilDialog.h"
#include "forms/SupportDialog.h"
#include "forms/SuspensionDialog.h"
#include "services/AlertSettings.h"

#include <QObject>

namespace casebook {

const std::vector<RecordFormInfo>& addableRecordForms()
{
    static const std::vector<RecordFormInfo> forms{
        {CaseRecordKind::Suspension, QObject::tr("Record a &suspension…"),
         QKeySequence(QStringLiteral("Ctrl+Shift+S"))},
        {CaseRecordKind::Exclusion, QObject::tr("Record a permanent e&xclusion…"),
         QKeySequence(QStringLiteral("Ctrl+Shift+X"))},
        {CaseRecordKind::Psp, QObject::tr("Start a &pastoral support plan…"),
         QKeySequence(QStringLiteral("Ctrl+Shift+P"))},
        {CaseRecordKind::PipReferral, QObject::tr("&Refer to the inclusion panel…"),
         QKeySequence(QStringLiteral("Ctrl+Shift+R"))},
        {CaseRecordKind::Support, QObject::tr("Record s&upport tried…"), QKeySequence(QStringLiteral("Ctrl+Shift+U"))},
        {CaseRecordKind::Placement, QObject::tr("Record a &managed move or off-site direction…"),
         QKeySequence(QStringLiteral("Ctrl+Shift+M"))},
        {CaseRecordKind::ApPlacement, QObject::tr("Record an &alternative provision placement…"),
         QKeySequence(QStringLiteral("Ctrl+Shift+A"))},
        {CaseRecordKind::Registration, QObject::tr("Register &home education or missing education…"),
         QKeySequence(QStringLiteral("Ctrl+Shift+H"))},
        {CaseRecordKind::Enrolment, QObject::tr("Record a school mo&ve…"),
         QKeySequence(QStringLiteral("Ctrl+Shift+V"))},
        {CaseRecordKind::Contact, QObject::tr("Add a &contact…"), QKeySequence(QStringLiteral("Ctrl+Shift+C"))},
        {CaseRecordKind::CaseNote, QObject::tr("Add a case &note…"), QKeySequence(QStringLiteral("Ctrl+Shift+N"))},
    };
    return forms;
}

std::unique_ptr<QDialog> createRecordForm(CaseRecordKind kind, Database& db, qint64 pupilId, qint64 recordId,
                                          QWidget* parent)
{
    switch (kind) {
    case CaseRecordKind::Pupil:
        return std::make_unique<PupilDialog>(db, pupilId, parent);
    case CaseRecordKind::Suspension:
        return std::make_unique<SuspensionDialog>(db, pupilId, recordId, parent);
    case CaseRecordKind::Exclusion:
        return std::make_unique<PermanentExclusionDialog>(db, pupilId, recordId, parent);
    case CaseRecordKind::Psp:
        return std::make_unique<PspDialog>(db, pupilId, recordId, parent);
    case CaseRecordKind::PipReferral:
        return std::make_unique<PipReferralDialog>(db, pupilId, recordId, parent);
    case CaseRecordKind::Support:
        return std::make_unique<SupportDialog>(db, pupilId, recordId, parent);
    case CaseRecordKind::Placement:
        return std::make_unique<PlacementDialog>(db, pupilId, recordId, parent);
    case CaseRecordKind::ApPlacement:
        return std::make_unique<ApPlacementDialog>(db, pupilId, recordId, parent);
    case CaseRecordKind::Registration: {
        auto dialog = std::make_unique<EheCmeDialog>(db, pupilId, recordId, parent);
        dialog->setOffRollingWindowWeeks(loadAlertThresholds(db).eheAfterSuspensionWeeks);
        return dialog;
    }
    case CaseRecordKind::Enrolment:
        return std::make_unique<EnrolmentDialog>(db, pupilId, recordId, parent);
    case CaseRecordKind::Contact:
        return std::make_unique<ContactDialog>(db, pupilId, recordId, parent);
    case CaseRecordKind::CaseNote:
        return std::make_unique<CaseNoteDialog>(db, pupilId, recordId, parent);
    }
    return nullptr;
}

} // namespace casebook
