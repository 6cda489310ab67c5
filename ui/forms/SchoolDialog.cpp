#include "forms/SchoolDialog.h"

#include "forms/KeyboardEntry.h"
#include "forms/SchoolRollEditor.h"

#include "db/Database.h"
#include "repositories/SchoolRepository.h"
#include "rules/SchoolIdentifiers.h"
#include "services/SchoolCheck.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook {

namespace {

QLineEdit* makeLineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QComboBox* makeCombo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    return combo;
}

// The identifier as it will be stored when it is well formed; otherwise what was typed, trimmed.
QString tidied(const IdentifierCheck& check, const QString& typed)
{
    return check.valid ? check.normalised : typed.trimmed();
}

} // namespace

SchoolDialog::SchoolDialog(Database& db, qint64 schoolId, QWidget* parent)
    : QDialog(parent), m_db(db), m_schoolId(schoolId), m_urn(makeLineEdit(this, QStringLiteral("urnEdit"), tr("URN"))),
      m_laestab(makeLineEdit(this, QStringLiteral("laestabEdit"), tr("LAESTAB"))),
      m_name(makeLineEdit(this, QStringLiteral("nameEdit"), tr("School name"))),
      m_phase(makeCombo(this, QStringLiteral("phaseCombo"), tr("Phase"))),
      m_type(makeCombo(this, QStringLiteral("typeCombo"), tr("Type of school"))),
      m_trust(makeLineEdit(this, QStringLiteral("trustEdit"), tr("Trust (multi-academy trust)"))),
      m_locality(makeLineEdit(this, QStringLiteral("localityEdit"), tr("Locality or partnership area"))),
      m_openedOn(forms::makeOptionalDateEdit(this, QStringLiteral("openedOnEdit"), tr("Opened on"))),
      m_closedOn(forms::makeOptionalDateEdit(this, QStringLiteral("closedOnEdit"), tr("Closed on"))),
      m_rolls(new SchoolRollEditor(this)), m_saveError(forms::makeSaveErrorLabel(this)), m_issues(this),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("schoolDialog"));
    setWindowTitle(m_schoolId == 0 ? tr("Add a school") : tr("Edit school details"));
    m_urn->setPlaceholderText(tr("6 digits"));
    m_urn->setMaxLength(10);
    m_laestab->setPlaceholderText(tr("7 digits, e.g. 873/4001"));
    m_laestab->setMaxLength(10);
    std::vector<std::pair<QString, QString>> phases = {{tr("(choose the phase)"), QString()}};
    const auto known = phaseChoices();
    phases.insert(phases.end(), known.begin(), known.end());
    forms::fillChoiceCombo(m_phase, phases, QString());
    forms::fillChoiceCombo(m_type, schoolTypeChoices(), QStringLiteral("la_maintained"));
    buildLayout();

    std::vector<SchoolRoll> rolls;
    if (m_schoolId != 0) {
        load();
        if (auto recorded = SchoolRepository(m_db).rolls(m_schoolId)) {
            rolls = recorded.value();
        }
    }
    m_rolls->setPhase(m_phase->currentData().toString());
    m_rolls->setRolls(rolls, QDate::currentDate());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SchoolDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SchoolDialog::reject);
    for (QLineEdit* edit : {m_urn, m_laestab, m_name, m_trust, m_locality}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { revalidate(); });
    }
    connect(m_phase, &QComboBox::currentIndexChanged, this, [this] {
        m_rolls->setPhase(m_phase->currentData().toString());
        revalidate();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    for (QDateEdit* edit : {m_openedOn, m_closedOn}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    }
    connect(m_rolls, &SchoolRollEditor::changed, this, [this] { revalidate(); });
    revalidate();
    m_urn->setFocus();
}

void SchoolDialog::buildLayout()
{
    auto* details = new QGroupBox(tr("School"), this);
    auto* form = new QFormLayout(details);
    form->addRow(tr("&URN:"), m_urn);
    form->addRow(QString(), m_issues.add(QStringLiteral("urn")));
    form->addRow(tr("LA&ESTAB:"), m_laestab);
    form->addRow(QString(), m_issues.add(QStringLiteral("laestab")));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_issues.add(QStringLiteral("name")));
    form->addRow(tr("&Phase:"), m_phase);
    form->addRow(QString(), m_issues.add(QStringLiteral("phase")));
    form->addRow(tr("&Type:"), m_type);
    form->addRow(QString(), m_issues.add(QStringLiteral("schoolType")));
    form->addRow(tr("T&rust:"), m_trust);
    form->addRow(tr("L&ocality:"), m_locality);
    form->addRow(tr("Opene&d on:"), m_openedOn);
    form->addRow(tr("C&losed on:"), m_closedOn);
    form->addRow(QString(), m_issues.add(QStringLiteral("closedOn")));

    auto* rolls = new QGroupBox(tr("Number on roll (January census)"), this);
    auto* rollsLayout = new QVBoxLayout(rolls);
    rollsLayout->addWidget(m_rolls);
    rollsLayout->addWidget(m_issues.add(QStringLiteral("rolls")));

    auto* columns = new QHBoxLayout;
    columns->addWidget(details, 3);
    columns->addWidget(rolls, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setMinimumWidth(700);
}

void SchoolDialog::load()
{
    Result<School> loaded = SchoolRepository(m_db).load(m_schoolId);
    if (!loaded) {
        m_saveError->setText(tr("Could not open the school: %1").arg(loaded.error().message));
        m_saveError->show();
        return;
    }
    m_loaded = loaded.value();
    m_urn->setText(m_loaded.urn);
    m_laestab->setText(m_loaded.laestab);
    m_name->setText(m_loaded.name);
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(m_loaded.phase)));
    m_type->setCurrentIndex(std::max(0, m_type->findData(m_loaded.schoolType)));
    m_trust->setText(m_loaded.trustName);
    m_locality->setText(m_loaded.locality);
    forms::setOptionalDate(m_openedOn, m_loaded.openedOn);
    forms::setOptionalDate(m_closedOn, m_loaded.closedOn);
}

School SchoolDialog::school() const
{
    School s = m_loaded;
    s.id = m_schoolId;
    s.urn = tidied(checkUrn(m_urn->text()), m_urn->text());
    const QString laestab = m_laestab->text().trimmed();
    s.laestab = laestab.isEmpty() ? QString() : tidied(checkLaEstab(laestab), laestab);
    s.name = m_name->text().trimmed();
    s.phase = m_phase->currentData().toString();
    s.schoolType = m_type->currentData().toString();
    s.trustName = m_trust->text().trimmed();
    s.locality = m_locality->text().trimmed();
    s.openedOn = forms::optionalDate(m_openedOn);
    s.closedOn = forms::optionalDate(m_closedOn);
    return s;
}

std::vector<SchoolRoll> SchoolDialog::changedRolls() const
{
    return m_rolls->changedRolls();
}

QString SchoolDialog::urnOwner(const QString& urn)
{
    if (urn != m_urnLookedUp) {
        m_urnLookedUp = urn;
        m_urnOwner.clear();
        if (checkUrn(urn).valid) {
            if (auto found = SchoolRepository(m_db).findByUrn(urn);
                found && found.value() && found.value()->id != m_schoolId) {
                m_urnOwner = found.value()->name;
            }
        }
    }
    return m_urnOwner;
}

QString SchoolDialog::laestabOwner(const QString& laestab)
{
    if (laestab != m_laestabLookedUp) {
        m_laestabLookedUp = laestab;
        m_laestabOwner.clear();
        if (!laestab.isEmpty() && checkLaEstab(laestab).valid) {
            if (auto found = SchoolRepository(m_db).findByLaestab(laestab);
                found && found.value() && found.value()->id != m_schoolId) {
                m_laestabOwner = found.value()->name;
            }
        }
    }
    return m_laestabOwner;
}

std::vector<FieldIssue> SchoolDialog::issues()
{
    const School s = school();
    std::vector<FieldIssue> all = checkSchool(s, urnOwner(s.urn), laestabOwner(s.laestab));
    for (const SchoolRoll& roll : changedRolls()) {
        const std::vector<FieldIssue> rollIssues = checkRoll(roll, s);
        all.insert(all.end(), rollIssues.begin(), rollIssues.end());
    }
    return all;
}

bool SchoolDialog::revalidate()
{
    const bool ok = m_issues.show(issues());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void SchoolDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    m_saveError->hide();
    if (!forms::confirmWarnings(this, issues())) {
        return;
    }
    const School s = school();
    SchoolRepository schools(m_db);
    if (m_schoolId == 0) {
        Result<qint64> id = schools.insert(s, changedRolls());
        if (!id) {
            m_saveError->setText(tr("Not saved: %1").arg(id.error().message));
            m_saveError->show();
            return;
        }
        m_savedId = id.value();
    } else {
        if (Status st = schools.update(s, changedRolls()); !st) {
            m_saveError->setText(tr("Not saved: %1").arg(st.error().message));
            m_saveError->show();
            return;
        }
        m_savedId = m_schoolId;
    }
    QDialog::accept();
}

} // namespace casebook
