#include "settings/AlertSettingsDialog.h"

#include "forms/FormSupport.h"
#include "services/AlertSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casebook {

AlertSettingsDialog::AlertSettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db),
      m_limitMargin(
          addSpin(QStringLiteral("limitMarginSpin"), tr("Days left before the 45-day limit"), 1, 44, tr(" days left"))),
      m_perTerm(addSpin(QStringLiteral("perTermSpin"), tr("Suspensions in one term"), 1, 30, tr(" suspensions"))),
      m_perYear(addSpin(QStringLiteral("perYearSpin"), tr("Suspension days in one year"), 1, 45, tr(" days"))),
      m_eheWeeks(addSpin(QStringLiteral("eheWeeksSpin"), tr("Weeks from a suspension to home education"), 1, 52,
                         tr(" weeks"))),
      m_saveError(forms::makeSaveErrorLabel(this))
{
    setObjectName(QStringLiteral("alertSettingsDialog"));
    setWindowTitle(tr("Alert settings"));
    const AlertThresholds t = loadAlertThresholds(db);
    m_limitMargin->setValue(t.limitApproachingWithinDays);
    m_perTerm->setValue(t.repeatSuspensionsPerTerm);
    m_perYear->setValue(t.repeatDaysPerYear);
    m_eheWeeks->setValue(t.eheAfterSuspensionWeeks);

    auto* intro = new QLabel(tr("These settings decide when Casebook raises its own alerts. The statutory deadlines "
                                "follow the guidance and cannot be changed here."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Warn as the 45-day limit nears, &from"), m_limitMargin);
    form->addRow(tr("Repeated suspensions with no PSP or PIP referral: &at"), m_perTerm);
    form->addRow(tr("&or at"), m_perYear);
    form->addRow(tr("Possible off-rolling: home education &within"), m_eheWeeks);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AlertSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AlertSettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    m_limitMargin->setFocus();
}

QSpinBox* AlertSettingsDialog::addSpin(const QString& objectName, const QString& accessibleName, int minimum,
                                       int maximum, const QString& suffix)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    return spin;
}

void AlertSettingsDialog::accept()
{
    AlertThresholds t;
    t.limitApproachingWithinDays = m_limitMargin->value();
    t.repeatSuspensionsPerTerm = m_perTerm->value();
    t.repeatDaysPerYear = m_perYear->value();
    t.eheAfterSuspensionWeeks = m_eheWeeks->value();
    if (Status saved = saveAlertThresholds(m_db, t); !saved) {
        m_saveError->setText(tr("Not saved: %1").arg(saved.error().message));
        m_saveError->show();
        return;
    }
    QDialog::accept();
}

} // namespace casebook
