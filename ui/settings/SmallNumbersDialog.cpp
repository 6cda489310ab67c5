#include "settings/SmallNumbersDialog.h"

#include "analytics/SmallNumbers.h"
#include "forms/FormSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casebook {

SmallNumbersDialog::SmallNumbersDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_enabled(new QCheckBox(this)), m_threshold(new QSpinBox(this)),
      m_example(new QLabel(this)), m_saveError(forms::makeSaveErrorLabel(this))
{
    setObjectName(QStringLiteral("smallNumbersDialog"));
    setWindowTitle(tr("Small numbers"));
    const SmallNumberPolicy policy = loadSmallNumberPolicy(db);

    auto* intro = new QLabel(tr("Charts and tables of exclusion figures may be shown to people who must not be able "
                                "to identify a pupil. Small counts can then be hidden, as the DfE does in its "
                                "statistics. Rates worked out from a hidden count are hidden too; 0 is shown."),
                             this);
    intro->setWordWrap(true);
    m_enabled->setObjectName(QStringLiteral("smallNumbersEnabled"));
    m_enabled->setText(tr("&These screens may be shared: hide small counts"));
    m_enabled->setAccessibleName(tr("Hide small counts"));
    m_enabled->setChecked(policy.enabled);
    m_threshold->setObjectName(QStringLiteral("smallNumbersThreshold"));
    m_threshold->setAccessibleName(tr("Smallest count shown"));
    m_threshold->setRange(SmallNumberPolicy::kMinimumThreshold, SmallNumberPolicy::kMaximumThreshold);
    m_threshold->setValue(policy.threshold);
    m_example->setObjectName(QStringLiteral("smallNumbersExample"));
    m_example->setWordWrap(true);
    connect(m_enabled, &QCheckBox::toggled, this, &SmallNumbersDialog::updateExample);
    connect(m_threshold, &QSpinBox::valueChanged, this, &SmallNumbersDialog::updateExample);
    updateExample();

    auto* form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Smallest count shown"), m_threshold);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SmallNumbersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SmallNumbersDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_example);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    m_enabled->setFocus();
}

void SmallNumbersDialog::updateExample()
{
    m_threshold->setEnabled(m_enabled->isChecked());
    const SmallNumberPolicy policy{m_enabled->isChecked(), m_threshold->value()};
    const int below = policy.threshold - 1;
    m_example->setText(policy.enabled ? tr("A count of %1 will show as \"%2\"; %3 and 0 are shown as they are.")
                                            .arg(below)
                                            .arg(countText(below, policy))
                                            .arg(policy.threshold)
                                      : tr("Every count is shown as it is."));
}

void SmallNumbersDialog::accept()
{
    const SmallNumberPolicy policy{m_enabled->isChecked(), m_threshold->value()};
    if (Status saved = saveSmallNumberPolicy(m_db, policy); !saved) {
        m_saveError->setText(tr("Not saved: %1").arg(saved.error().message));
        m_saveError->show();
        return;
    }
    QDialog::accept();
}

} // namespace casebook
