#include "forms/SuspensionDialog.h"

#include "forms/FormSupport.h"

#include "db/Database.h"
#include "repositories/CaseFactsRepository.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/SchoolRepository.h"
#include "rules/ReasonCodes.h"
#include "services/CalendarService.h"
#include "services/SuspensionCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook {

using forms::makeDateEdit;
using forms::optionalDate;

SuspensionDialog::SuspensionDialog(Database& db, qint64 pupilId, QWidget* parent)
    : QDialog(parent), m_db(db), m_pupilId(pupilId), m_school(new QComboBox(this)),
      m_firstDay(makeDateEdit(this, QStringLiteral("firstDayEdit"), tr("First day"), false)),
      m_afternoon(new QCheckBox(tr("Starts in the &afternoon"), this)),
      m_lunchtime(new QCheckBox(tr("&Lunchtime suspension (half a day)"), this)), m_days(new QDoubleSpinBox(this)),
      m_decision(
          makeDateEdit(this, QStringLiteral("decisionDateEdit"), tr("Date of the headteacher's decision"), true)),
      m_reasons{new QComboBox(this), new QComboBox(this), new QComboBox(this)},
      m_parent(makeDateEdit(this, QStringLiteral("parentNotifiedEdit"), tr("Parent notified on"), true)),
      m_governors(makeDateEdit(this, QStringLiteral("governorsNotifiedEdit"), tr("Governing board notified on"), true)),
      m_la(makeDateEdit(this, QStringLiteral("laNotifiedEdit"), tr("LA notified on"), true)),
      m_detail(new QPlainTextEdit(this)), m_saveError(forms::makeSaveErrorLabel(this)), m_issues(this),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("suspensionDialog"));
    setWindowTitle(tr("Record a suspension"));
    m_school->setObjectName(QStringLiteral("schoolCombo"));
    m_school->setAccessibleName(tr("School"));
    const auto currentSchool = SchoolRepository(db).currentSchoolOf(pupilId);
    forms::fillSchoolCombo(db, m_school, currentSchool ? currentSchool.value() : 0);
    m_afternoon->setObjectName(QStringLiteral("afternoonCheck"));
    m_lunchtime->setObjectName(QStringLiteral("lunchtimeCheck"));
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setAccessibleName(tr("Length in school days"));
    m_days->setRange(0.5, 45.0);
    m_days->setSingleStep(0.5);
    m_days->setDecimals(1);
    m_days->setValue(1.0);
    m_days->setSuffix(tr(" days"));
    for (int i = 0; i < 3; ++i) {
        m_reasons[i]->setObjectName(QStringLiteral("reason%1Combo").arg(i + 1));
        m_reasons[i]->setAccessibleName(tr("Reason %1").arg(i + 1));
    }
    m_detail->setObjectName(QStringLiteral("detailEdit"));
    m_detail->setAccessibleName(tr("What happened"));
    m_detail->setTabChangesFocus(true);
    m_detail->setMaximumHeight(70);

    auto* form = new QFormLayout;
    form->addRow(tr("&School:"), m_school);
    form->addRow(tr("&First day:"), m_firstDay);
    form->addRow(QString(), m_issues.add(QStringLiteral("firstDay")));
    form->addRow(QString(), m_afternoon);
    form->addRow(tr("&Length:"), m_days);
    form->addRow(QString(), m_lunchtime);
    form->addRow(QString(), m_issues.add(QStringLiteral("sessions")));
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(QString(), m_issues.add(QStringLiteral("decisionDate")));
    form->addRow(tr("&Reason 1:"), m_reasons[0]);
    form->addRow(tr("Reason &2:"), m_reasons[1]);
    form->addRow(tr("Reason &3:"), m_reasons[2]);
    form->addRow(QString(), m_issues.add(QStringLiteral("reasons")));
    form->addRow(tr("&Parent notified:"), m_parent);
    form->addRow(tr("&Governors notified:"), m_governors);
    form->addRow(tr("LA &notified:"), m_la);
    form->addRow(tr("W&hat happened:"), m_detail);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);

    // The pupil's other suspensions and the calendar don't change while the form is open: load them once.
    if (auto calendars = loadCalendarSet(m_db)) {
        m_calendars = calendars.value();
    }
    if (auto record = CaseFactsRepository(m_db).caseForPupil(m_pupilId, QDate(9999, 12, 31))) {
        m_others = record->suspensions;
    }
    fillReasons();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SuspensionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SuspensionDialog::reject);
    connect(m_firstDay, &QDateEdit::dateChanged, this, [this] {
        fillReasons();
        revalidate();
    });
    connect(m_lunchtime, &QCheckBox::toggled, this, [this](bool on) {
        m_days->setEnabled(!on);
        revalidate();
    });
    for (QComboBox* combo : {m_school, m_reasons[0], m_reasons[1], m_reasons[2]}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    }
    connect(m_days, &QDoubleSpinBox::valueChanged, this, [this] { revalidate(); });
    connect(m_decision, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    connect(m_afternoon, &QCheckBox::toggled, this, [this] { revalidate(); });
    revalidate();
    m_firstDay->setFocus();
}

void SuspensionDialog::fillReasons()
{
    const std::vector<ReasonCode> valid = reasonCodesValidOn(m_firstDay->date(), builtInReasonCodes());
    for (QComboBox* combo : m_reasons) {
        const QString chosen = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const ReasonCode& code : valid) {
            combo->addItem(code.code + QStringLiteral(" \u2014 ") + code.description, code.code);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
}

Suspension SuspensionDialog::suspension() const
{
    Suspension s;
    s.pupilId = m_pupilId;
    s.schoolId = m_school->currentData().toLongLong();
    s.firstDay = m_firstDay->date();
    s.startsAfternoon = m_afternoon->isChecked();
    s.lunchtime = m_lunchtime->isChecked();
    s.sessions = s.lunchtime ? 1 : qRound(m_days->value() * 2);
    s.decisionDate = optionalDate(m_decision);
    for (const QComboBox* combo : m_reasons) {
        const QString code = combo->currentData().toString();
        if (!code.isEmpty()) {
            s.reasonCodes << code;
        }
    }
    s.parentNotifiedOn = optionalDate(m_parent);
    s.governorsNotifiedOn = optionalDate(m_governors);
    s.laNotifiedOn = optionalDate(m_la);
    s.detail = m_detail->toPlainText().trimmed();
    return s;
}

bool SuspensionDialog::revalidate()
{
    const bool ok = m_issues.show(checkSuspension(suspension(), m_others, m_calendars));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void SuspensionDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    const Suspension s = suspension();
    if (!forms::confirmWarnings(this, checkSuspension(s, m_others, m_calendars))) {
        return;
    }
    auto saved = ExclusionRepository(m_db).insertSuspension(s);
    if (!saved) {
        m_saveError->setText(tr("Not saved: %1").arg(saved.error().message));
        m_saveError->show();
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace casebook
