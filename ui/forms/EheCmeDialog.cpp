#include "forms/EheCmeDialog.h"

#include "db/Database.h"
#include "repositories/EheCmeRepository.h"
#include "services/EheCmeCheck.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook {

using forms::makeDateEdit;
using forms::optionalDate;

EheCmeDialog::EheCmeDialog(Database& db, qint64 pupilId, qint64 registrationId, QWidget* parent)
    : QDialog(parent), m_db(db), m_offRollingWeeks(kDefaultOffRollingWindowWeeks), m_kind(new QComboBox(this)),
      m_registered(makeDateEdit(this, QStringLiteral("registeredOnEdit"), tr("Registered on"), false)),
      m_school(new QComboBox(this)), m_reason(new QPlainTextEdit(this)),
      m_ended(makeDateEdit(this, QStringLiteral("endedOnEdit"), tr("Ended on"), true)), m_outcome(new QLineEdit(this)),
      m_saveError(forms::makeSaveErrorLabel(this)), m_issues(this),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_record.pupilId = pupilId;
    setObjectName(QStringLiteral("eheCmeDialog"));
    setWindowTitle(registrationId == 0 ? tr("Record home education or missing education")
                                       : tr("Edit home education or missing education"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind of registration"));
    forms::fillChoiceCombo(m_kind, eheCmeKinds(), QStringLiteral("ehe"));
    m_school->setObjectName(QStringLiteral("schoolCombo"));
    m_school->setAccessibleName(tr("School the pupil left"));
    EheCmeRepository repository(db);
    const auto lastSchool = repository.latestSchoolOf(pupilId);
    forms::fillSchoolCombo(db, m_school, lastSchool ? lastSchool.value() : 0, true);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason given"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(70);
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcome->setAccessibleName(tr("Outcome"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_issues.add(QStringLiteral("kind")));
    form->addRow(tr("&Registered on:"), m_registered);
    form->addRow(QString(), m_issues.add(QStringLiteral("registeredOn")));
    form->addRow(QString(), m_issues.add(QStringLiteral("offRolling")));
    form->addRow(tr("&School left:"), m_school);
    form->addRow(tr("Reason &given:"), m_reason);
    form->addRow(tr("&Ended on:"), m_ended);
    form->addRow(QString(), m_issues.add(QStringLiteral("endedOn")));
    form->addRow(tr("&Outcome:"), m_outcome);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    auto* save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setMinimumWidth(480);
    QWidget::setTabOrder(m_kind, m_registered);
    QWidget::setTabOrder(m_registered, m_school);
    QWidget::setTabOrder(m_school, m_reason);
    QWidget::setTabOrder(m_reason, m_ended);
    QWidget::setTabOrder(m_ended, m_outcome);

    // The pupil's suspensions and exclusions don't change while the form is open: one query, once.
    if (auto exclusions = repository.exclusionDates(pupilId)) {
        m_exclusions = exclusions.value();
    }
    if (registrationId != 0) {
        load(registrationId);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EheCmeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EheCmeDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    for (QDateEdit* date : {m_registered, m_ended}) {
        connect(date, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    }
    revalidate();
    m_kind->setFocus();
}

void EheCmeDialog::setOffRollingWindowWeeks(int weeks)
{
    m_offRollingWeeks = weeks;
    revalidate();
}

void EheCmeDialog::load(qint64 registrationId)
{
    auto loaded = EheCmeRepository(m_db).load(registrationId);
    if (!loaded) {
        m_openFailed = true;
        m_saveError->setText(tr("Could not open the record: %1").arg(loaded.error().message));
        m_saveError->show();
        return;
    }
    m_record = loaded.value();
    forms::fillChoiceCombo(m_kind, eheCmeKinds(), m_record.kind);
    m_registered->setDate(m_record.registeredOn);
    m_school->setCurrentIndex(std::max(0, m_school->findData(m_record.schoolId)));
    m_reason->setPlainText(m_record.reasonGiven);
    forms::setOptionalDate(m_ended, m_record.endedOn);
    m_outcome->setText(m_record.outcome);
}

EheCmeRegistration EheCmeDialog::registration() const
{
    EheCmeRegistration r = m_record;
    r.kind = m_kind->currentData().toString();
    r.registeredOn = m_registered->date();
    r.schoolId = m_school->currentData().toLongLong();
    r.reasonGiven = m_reason->toPlainText().trimmed();
    r.endedOn = optionalDate(m_ended);
    r.outcome = m_outcome->text().trimmed();
    return r;
}

std::vector<FieldIssue> EheCmeDialog::check() const
{
    return checkEheCme(registration(), QDate::currentDate(), m_exclusions, m_offRollingWeeks);
}

bool EheCmeDialog::revalidate()
{
    const bool ok = m_issues.show(check()) && !m_openFailed;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void EheCmeDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    if (!forms::confirmWarnings(this, check())) {
        return;
    }
    const EheCmeRegistration r = registration();
    const Result<qint64> saved = forms::insertOrUpdate(EheCmeRepository(m_db), r, m_record.rowVersion);
    if (!saved) {
        m_saveError->setText(tr("Not saved: %1").arg(saved.error().message));
        m_saveError->show();
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace casebook
