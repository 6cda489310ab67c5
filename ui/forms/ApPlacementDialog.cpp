#include "forms/ApPlacementDialog.h"

#include "db/Database.h"
#include "repositories/ApPlacementRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/ApPlacementCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace casebook {

using forms::makeDateEdit;
using forms::optionalDate;

namespace {

ChoiceList commissionerChoices()
{
    ChoiceList choices = {{QObject::tr("(not recorded)"), QString()}};
    const ChoiceList& commissioners = apCommissioners();
    choices.insert(choices.end(), commissioners.begin(), commissioners.end());
    return choices;
}

} // namespace

ApPlacementDialog::ApPlacementDialog(Database& db, qint64 pupilId, qint64 apId, QWidget* parent)
    : QDialog(parent), m_db(db), m_providerName(new QLineEdit(this)), m_providerSchool(new QComboBox(this)),
      m_commissioningSchool(new QComboBox(this)), m_commissionedBy(new QComboBox(this)),
      m_start(makeDateEdit(this, QStringLiteral("startDateEdit"), tr("Start"), false)),
      m_end(makeDateEdit(this, QStringLiteral("endDateEdit"), tr("End"), true)), m_days(new QDoubleSpinBox(this)),
      m_dual(new QCheckBox(tr("&Dual registered with the provider"), this)), m_cost(new QDoubleSpinBox(this)),
      m_outcome(new QLineEdit(this)), m_saveError(forms::makeSaveErrorLabel(this)), m_issues(this),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_record.pupilId = pupilId;
    setObjectName(QStringLiteral("apPlacementDialog"));
    setWindowTitle(apId == 0 ? tr("Record an alternative provision placement")
                             : tr("Edit an alternative provision placement"));

    if (auto schools = ApPlacementRepository(db).providerSchools()) {
        m_apSchools = schools.value();
    }
    QStringList providerNames;
    for (const School& school : m_apSchools) {
        providerNames << school.name;
    }
    m_providerName->setObjectName(QStringLiteral("providerNameEdit"));
    m_providerName->setAccessibleName(tr("Provider"));
    m_providerName->setPlaceholderText(tr("Type a name; AP schools and PRUs are offered"));
    auto* completer = new QCompleter(providerNames, m_providerName);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_providerName->setCompleter(completer);

    m_providerSchool->setObjectName(QStringLiteral("providerSchoolCombo"));
    m_providerSchool->setAccessibleName(tr("Provider school"));
    forms::fillSchoolCombo(db, m_providerSchool, 0, true);
    m_commissioningSchool->setObjectName(QStringLiteral("commissioningSchoolCombo"));
    m_commissioningSchool->setAccessibleName(tr("Commissioning school"));
    const auto currentSchool = SchoolRepository(db).currentSchoolOf(pupilId);
    forms::fillSchoolCombo(db, m_commissioningSchool, currentSchool ? currentSchool.value() : 0, true);
    m_commissionedBy->setObjectName(QStringLiteral("commissionedByCombo"));
    m_commissionedBy->setAccessibleName(tr("Commissioned by"));
    forms::fillChoiceCombo(m_commissionedBy, commissionerChoices(), QString());

    // 0 stands for "not recorded" in both spin boxes: the schema allows either to be unknown.
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setAccessibleName(tr("Days a week"));
    m_days->setRange(0.0, kApFullTimeDaysPerWeek);
    m_days->setSingleStep(0.5);
    m_days->setDecimals(1);
    m_days->setSuffix(tr(" days"));
    m_days->setSpecialValueText(tr("not recorded"));
    m_days->setValue(0.0);
    m_dual->setObjectName(QStringLiteral("dualRegisteredCheck"));
    m_dual->setAccessibleName(tr("Dual registered with the provider"));
    m_cost->setObjectName(QStringLiteral("costSpin"));
    m_cost->setAccessibleName(tr("Cost in pounds"));
    m_cost->setPrefix(QStringLiteral("\u00a3"));
    m_cost->setRange(0.0, 999999.99);
    m_cost->setDecimals(2);
    m_cost->setSingleStep(10.0);
    m_cost->setGroupSeparatorShown(true);
    m_cost->setSpecialValueText(tr("not recorded"));
    m_cost->setValue(0.0);
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcome->setAccessibleName(tr("Outcome"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Provider:"), m_providerName);
    form->addRow(QString(), m_issues.add(QStringLiteral("providerName")));
    form->addRow(tr("Provider sc&hool:"), m_providerSchool);
    form->addRow(tr("&Commissioning school:"), m_commissioningSchool);
    form->addRow(QString(), m_issues.add(QStringLiteral("commissioningSchool")));
    form->addRow(tr("Commissioned &by:"), m_commissionedBy);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(QString(), m_issues.add(QStringLiteral("startDate")));
    form->addRow(tr("&End:"), m_end);
    form->addRow(QString(), m_issues.add(QStringLiteral("endDate")));
    form->addRow(tr("Days a &week:"), m_days);
    form->addRow(QString(), m_issues.add(QStringLiteral("daysPerWeek")));
    form->addRow(QString(), m_dual);
    form->addRow(tr("Cos&t:"), m_cost);
    form->addRow(QString(), m_issues.add(QStringLiteral("cost")));
    form->addRow(tr("&Outcome:"), m_outcome);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    auto* save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setMinimumWidth(520);
    QWidget::setTabOrder(m_providerName, m_providerSchool);
    QWidget::setTabOrder(m_providerSchool, m_commissioningSchool);
    QWidget::setTabOrder(m_commissioningSchool, m_commissionedBy);
    QWidget::setTabOrder(m_commissionedBy, m_start);
    QWidget::setTabOrder(m_start, m_end);
    QWidget::setTabOrder(m_end, m_days);
    QWidget::setTabOrder(m_days, m_dual);
    QWidget::setTabOrder(m_dual, m_cost);
    QWidget::setTabOrder(m_cost, m_outcome);

    if (apId != 0) {
        load(apId);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApPlacementDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApPlacementDialog::reject);
    connect(m_providerName, &QLineEdit::textChanged, this, [this] {
        matchProviderSchool();
        revalidate();
    });
    for (QComboBox* combo : {m_providerSchool, m_commissioningSchool, m_commissionedBy}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    }
    for (QDateEdit* date : {m_start, m_end}) {
        connect(date, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    }
    for (QDoubleSpinBox* spin : {m_days, m_cost}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] { revalidate(); });
    }
    revalidate();
    m_providerName->setFocus();
}

void ApPlacementDialog::load(qint64 apId)
{
    auto loaded = ApPlacementRepository(m_db).load(apId);
    if (!loaded) {
        m_openFailed = true;
        m_saveError->setText(tr("Could not open the record: %1").arg(loaded.error().message));
        m_saveError->show();
        return;
    }
    m_record = loaded.value();
    m_providerName->setText(m_record.providerName);
    m_providerSchool->setCurrentIndex(std::max(0, m_providerSchool->findData(m_record.providerSchoolId)));
    m_commissioningSchool->setCurrentIndex(
        std::max(0, m_commissioningSchool->findData(m_record.commissioningSchoolId)));
    forms::fillChoiceCombo(m_commissionedBy, commissionerChoices(), m_record.commissionedBy);
    m_start->setDate(m_record.startDate);
    forms::setOptionalDate(m_end, m_record.endDate);
    m_days->setValue(m_record.daysPerWeek.value_or(0.0));
    m_dual->setChecked(m_record.dualRegistered);
    m_cost->setValue(m_record.costPence ? static_cast<double>(*m_record.costPence) / 100.0 : 0.0);
    m_outcome->setText(m_record.outcome);
}

void ApPlacementDialog::matchProviderSchool()
{
    if (m_providerSchool->currentData().toLongLong() != 0) {
        return;
    }
    const QString name = m_providerName->text().trimmed();
    for (const School& school : m_apSchools) {
        if (school.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_providerSchool->setCurrentIndex(std::max(0, m_providerSchool->findData(school.id)));
            return;
        }
    }
}

ApPlacement ApPlacementDialog::apPlacement() const
{
    ApPlacement p = m_record;
    p.providerName = m_providerName->text().trimmed();
    p.providerSchoolId = m_providerSchool->currentData().toLongLong();
    p.commissioningSchoolId = m_commissioningSchool->currentData().toLongLong();
    p.commissionedBy = m_commissionedBy->currentData().toString();
    p.startDate = m_start->date();
    p.endDate = optionalDate(m_end);
    p.daysPerWeek = m_days->value() > 0.0 ? std::optional<double>(m_days->value()) : std::nullopt;
    p.dualRegistered = m_dual->isChecked();
    p.costPence = m_cost->value() > 0.0 ? std::optional<qint64>(std::llround(m_cost->value() * 100.0)) : std::nullopt;
    p.outcome = m_outcome->text().trimmed();
    return p;
}

bool ApPlacementDialog::revalidate()
{
    const bool ok = m_issues.show(checkApPlacement(apPlacement())) && !m_openFailed;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void ApPlacementDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    const ApPlacement p = apPlacement();
    if (!forms::confirmWarnings(this, checkApPlacement(p))) {
        return;
    }
    const Result<qint64> saved = forms::insertOrUpdate(ApPlacementRepository(m_db), p, m_record.rowVersion);
    if (!saved) {
        m_saveError->setText(tr("Not saved: %1").arg(saved.error().message));
        m_saveError->show();
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace casebook
