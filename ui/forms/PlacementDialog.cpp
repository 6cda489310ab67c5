#include "forms/PlacementDialog.h"

#include "db/Database.h"
#include "repositories/PlacementRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/PlacementCheck.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook {

using forms::makeDateEdit;
using forms::optionalDate;

namespace {

ChoiceList outcomeChoices()
{
    ChoiceList choices = {{QObject::tr("(not recorded)"), QString()}};
    const ChoiceList& outcomes = placementOutcomes();
    choices.insert(choices.end(), outcomes.begin(), outcomes.end());
    return choices;
}

} // namespace

PlacementDialog::PlacementDialog(Database& db, qint64 pupilId, qint64 placementId, QWidget* parent)
    : QDialog(parent), m_db(db), m_kind(new QComboBox(this)), m_from(new QComboBox(this)), m_to(new QComboBox(this)),
      m_start(makeDateEdit(this, QStringLiteral("startDateEdit"), tr("Start"), false)),
      m_review(makeDateEdit(this, QStringLiteral("reviewDateEdit"), tr("Review date"), true)),
      m_end(makeDateEdit(this, QStringLiteral("endDateEdit"), tr("End"), true)), m_outcome(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)), m_saveError(forms::makeSaveErrorLabel(this)), m_issues(this),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_record.pupilId = pupilId;
    setObjectName(QStringLiteral("placementDialog"));
    setWindowTitle(placementId == 0 ? tr("Record a managed move or off-site direction")
                                    : tr("Edit a managed move or off-site direction"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind of placement"));
    forms::fillChoiceCombo(m_kind, placementKinds(), QStringLiteral("managed_move"));
    m_from->setObjectName(QStringLiteral("fromSchoolCombo"));
    m_from->setAccessibleName(tr("From school"));
    const auto currentSchool = SchoolRepository(db).currentSchoolOf(pupilId);
    forms::fillSchoolCombo(db, m_from, currentSchool ? currentSchool.value() : 0, true);
    m_to->setObjectName(QStringLiteral("toSchoolCombo"));
    m_to->setAccessibleName(tr("To school"));
    forms::fillSchoolCombo(db, m_to, 0, true);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->setAccessibleName(tr("Outcome"));
    forms::fillChoiceCombo(m_outcome, outcomeChoices(), QString());
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_issues.add(QStringLiteral("kind")));
    form->addRow(tr("&From school:"), m_from);
    form->addRow(QString(), m_issues.add(QStringLiteral("fromSchool")));
    form->addRow(tr("&To school:"), m_to);
    form->addRow(QString(), m_issues.add(QStringLiteral("toSchool")));
    form->addRow(tr("&Start:"), m_start);
    form->addRow(QString(), m_issues.add(QStringLiteral("startDate")));
    form->addRow(tr("&Review date:"), m_review);
    form->addRow(QString(), m_issues.add(QStringLiteral("reviewOn")));
    form->addRow(tr("&End:"), m_end);
    form->addRow(QString(), m_issues.add(QStringLiteral("endDate")));
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    auto* save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setMinimumWidth(500);
    QWidget::setTabOrder(m_kind, m_from);
    QWidget::setTabOrder(m_from, m_to);
    QWidget::setTabOrder(m_to, m_start);
    QWidget::setTabOrder(m_start, m_review);
    QWidget::setTabOrder(m_review, m_end);
    QWidget::setTabOrder(m_end, m_outcome);
    QWidget::setTabOrder(m_outcome, m_notes);

    // The pupil's other placements don't change while the form is open: load them once.
    if (auto others = PlacementRepository(m_db).forPupil(pupilId)) {
        m_others = others.value();
    }
    if (placementId != 0) {
        load(placementId);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlacementDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlacementDialog::reject);
    for (QComboBox* combo : {m_kind, m_from, m_to, m_outcome}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    }
    for (QDateEdit* date : {m_start, m_review, m_end}) {
        connect(date, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    }
    revalidate();
    m_kind->setFocus();
}

void PlacementDialog::load(qint64 placementId)
{
    auto loaded = PlacementRepository(m_db).load(placementId);
    if (!loaded) {
        m_openFailed = true;
        m_saveError->setText(tr("Could not open the record: %1").arg(loaded.error().message));
        m_saveError->show();
        return;
    }
    m_record = loaded.value();
    forms::fillChoiceCombo(m_kind, placementKinds(), m_record.kind);
    m_from->setCurrentIndex(std::max(0, m_from->findData(m_record.fromSchoolId)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(m_record.toSchoolId)));
    m_start->setDate(m_record.startDate);
    forms::setOptionalDate(m_review, m_record.reviewOn);
    forms::setOptionalDate(m_end, m_record.endDate);
    forms::fillChoiceCombo(m_outcome, outcomeChoices(), m_record.outcome);
    m_notes->setPlainText(m_record.notes);
}

Placement PlacementDialog::placement() const
{
    Placement p = m_record;
    p.kind = m_kind->currentData().toString();
    p.fromSchoolId = m_from->currentData().toLongLong();
    p.toSchoolId = m_to->currentData().toLongLong();
    p.startDate = m_start->date();
    p.reviewOn = optionalDate(m_review);
    p.endDate = optionalDate(m_end);
    p.outcome = m_outcome->currentData().toString();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

bool PlacementDialog::revalidate()
{
    const bool ok = m_issues.show(checkPlacement(placement(), m_others)) && !m_openFailed;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void PlacementDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    const Placement p = placement();
    if (!forms::confirmWarnings(this, checkPlacement(p, m_others))) {
        return;
    }
    const Result<qint64> saved = forms::insertOrUpdate(PlacementRepository(m_db), p, m_record.rowVersion);
    if (!saved) {
        m_saveError->setText(tr("Not saved: %1").arg(saved.error().message));
        m_saveError->show();
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace casebook
