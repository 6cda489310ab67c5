#include "forms/SupportDialog.h"

#include "db/Database.h"
#include "repositories/SchoolRepository.h"
#include "repositories/SupportRepository.h"
#include "services/SupportCheck.h"

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

namespace {

ChoiceList kindChoices()
{
    ChoiceList choices = {{QObject::tr("(choose)"), QString()}};
    const ChoiceList& kinds = supportKinds();
    choices.insert(choices.end(), kinds.begin(), kinds.end());
    return choices;
}

} // namespace

SupportDialog::SupportDialog(Database& db, qint64 pupilId, qint64 supportId, QWidget* parent)
    : QDialog(parent), m_db(db), m_kind(new QComboBox(this)), m_school(new QComboBox(this)),
      m_start(makeDateEdit(this, QStringLiteral("startDateEdit"), tr("Start"), false)),
      m_end(makeDateEdit(this, QStringLiteral("endDateEdit"), tr("End"), true)), m_provider(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)), m_saveError(forms::makeSaveErrorLabel(this)), m_issues(this),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_record.pupilId = pupilId;
    setObjectName(QStringLiteral("supportDialog"));
    setWindowTitle(supportId == 0 ? tr("Record support") : tr("Edit support"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind of support"));
    forms::fillChoiceCombo(m_kind, kindChoices(), QString());
    m_school->setObjectName(QStringLiteral("schoolCombo"));
    m_school->setAccessibleName(tr("School"));
    const auto currentSchool = SchoolRepository(db).currentSchoolOf(pupilId);
    forms::fillSchoolCombo(db, m_school, currentSchool ? currentSchool.value() : 0, true);
    m_provider->setObjectName(QStringLiteral("providerEdit"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->setPlaceholderText(tr("Who provides it, e.g. the service or worker"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_issues.add(QStringLiteral("kind")));
    form->addRow(tr("&School:"), m_school);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(QString(), m_issues.add(QStringLiteral("startDate")));
    form->addRow(tr("&End:"), m_end);
    form->addRow(QString(), m_issues.add(QStringLiteral("endDate")));
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    auto* save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setMinimumWidth(460);
    QWidget::setTabOrder(m_kind, m_school);
    QWidget::setTabOrder(m_school, m_start);
    QWidget::setTabOrder(m_start, m_end);
    QWidget::setTabOrder(m_end, m_provider);
    QWidget::setTabOrder(m_provider, m_notes);

    if (supportId != 0) {
        load(supportId);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SupportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SupportDialog::reject);
    for (QComboBox* combo : {m_kind, m_school}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    }
    for (QDateEdit* date : {m_start, m_end}) {
        connect(date, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    }
    revalidate();
    m_kind->setFocus();
}

void SupportDialog::load(qint64 supportId)
{
    auto loaded = SupportRepository(m_db).load(supportId);
    if (!loaded) {
        m_openFailed = true;
        m_saveError->setText(tr("Could not open the record: %1").arg(loaded.error().message));
        m_saveError->show();
        return;
    }
    m_record = loaded.value();
    forms::fillChoiceCombo(m_kind, kindChoices(), m_record.kind);
    m_school->setCurrentIndex(std::max(0, m_school->findData(m_record.schoolId)));
    m_start->setDate(m_record.startDate);
    forms::setOptionalDate(m_end, m_record.endDate);
    m_provider->setText(m_record.provider);
    m_notes->setPlainText(m_record.notes);
}

Support SupportDialog::support() const
{
    Support s = m_record;
    s.kind = m_kind->currentData().toString();
    s.schoolId = m_school->currentData().toLongLong();
    s.startDate = m_start->date();
    s.endDate = optionalDate(m_end);
    s.provider = m_provider->text().trimmed();
    s.notes = m_notes->toPlainText().trimmed();
    return s;
}

bool SupportDialog::revalidate()
{
    const bool ok = m_issues.show(checkSupport(support(), QDate::currentDate())) && !m_openFailed;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void SupportDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    const Support s = support();
    if (!forms::confirmWarnings(this, checkSupport(s, QDate::currentDate()))) {
        return;
    }
    const Result<qint64> saved = forms::insertOrUpdate(SupportRepository(m_db), s, m_record.rowVersion);
    if (!saved) {
        m_saveError->setText(tr("Not saved: %1").arg(saved.error().message));
        m_saveError->show();
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace casebook
