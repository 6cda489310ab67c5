#include "forms/ContactDialog.h"

#include "db/Database.h"
#include "repositories/ContactRepository.h"
#include "repositories/PupilRepository.h"
#include "services/ContactCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook {

namespace {

QLineEdit* makeLineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ContactDialog::ContactDialog(Database& db, qint64 pupilId, qint64 contactId, QWidget* parent)
    : QDialog(parent), m_db(db), m_pupilId(pupilId), m_contactId(contactId),
      m_name(makeLineEdit(this, QStringLiteral("nameEdit"), tr("Contact's name"))), m_relationship(new QComboBox(this)),
      m_parentalResponsibility(new QCheckBox(tr("Has &parental responsibility"), this)),
      m_phone(makeLineEdit(this, QStringLiteral("phoneEdit"), tr("Phone"))),
      m_email(makeLineEdit(this, QStringLiteral("emailEdit"), tr("Email"))), m_address(new QPlainTextEdit(this)),
      m_primary(new QCheckBox(tr("Pri&mary contact (the first to call)"), this)), m_primaryNote(new QLabel(this)),
      m_saveError(forms::makeSaveErrorLabel(this)), m_issues(this),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("contactDialog"));
    QString pupilName;
    if (auto pupil = PupilRepository(m_db).findById(m_pupilId); pupil && pupil.value()) {
        pupilName = pupil.value()->displayName();
    }
    const QString title = m_contactId == 0 ? tr("Add a contact") : tr("Edit contact");
    setWindowTitle(pupilName.isEmpty() ? title : title + QStringLiteral(" \u2014 ") + pupilName);
    m_relationship->setObjectName(QStringLiteral("relationshipCombo"));
    m_relationship->setAccessibleName(tr("Relationship to the pupil"));
    m_relationship->setEditable(true);
    m_relationship->setInsertPolicy(QComboBox::NoInsert);
    m_relationship->addItems({QString(), tr("Mother"), tr("Father"), tr("Parent"), tr("Step-parent"), tr("Grandparent"),
                              tr("Aunt or uncle"), tr("Foster carer"), tr("Kinship carer"), tr("Other carer"),
                              tr("Sibling"), tr("Other")});
    m_relationship->lineEdit()->setPlaceholderText(tr("e.g. Mother, Foster carer"));
    m_parentalResponsibility->setObjectName(QStringLiteral("parentalResponsibilityCheck"));
    m_parentalResponsibility->setAccessibleName(tr("Has parental responsibility"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(80);
    m_primary->setObjectName(QStringLiteral("primaryCheck"));
    m_primary->setAccessibleName(tr("Primary contact"));
    m_primaryNote->setObjectName(QStringLiteral("primaryNote"));
    m_primaryNote->setWordWrap(true);
    buildLayout();

    if (m_contactId != 0) {
        load();
    }
    // Who is primary now, so the officer knows ticking the box moves the flag.
    QString currentPrimary;
    if (auto others = ContactRepository(m_db).forPupil(m_pupilId)) {
        for (const Contact& other : others.value()) {
            if (other.isPrimary && other.id != m_contactId) {
                currentPrimary = other.name;
            }
        }
    }
    auto showPrimaryNote = [this, currentPrimary] {
        m_primaryNote->setText(
            tr("%1 is the primary contact now; saving this one as primary makes it the only one.").arg(currentPrimary));
        m_primaryNote->setVisible(!currentPrimary.isEmpty() && m_primary->isChecked());
    };
    showPrimaryNote();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    for (QLineEdit* edit : {m_name, m_phone, m_email}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { revalidate(); });
    }
    connect(m_primary, &QCheckBox::toggled, this, showPrimaryNote);
    revalidate();
    m_name->setFocus();
}

void ContactDialog::buildLayout()
{
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_issues.add(QStringLiteral("name")));
    form->addRow(tr("&Relationship:"), m_relationship);
    form->addRow(QString(), m_parentalResponsibility);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(QString(), m_issues.add(QStringLiteral("phone")));
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_issues.add(QStringLiteral("email")));
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(QString(), m_primary);
    form->addRow(QString(), m_primaryNote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setMinimumWidth(460);
}

void ContactDialog::load()
{
    Result<Contact> loaded = ContactRepository(m_db).load(m_contactId);
    if (!loaded) {
        m_saveError->setText(tr("Could not open the contact: %1").arg(loaded.error().message));
        m_saveError->show();
        m_loadFailed = true;
        return;
    }
    m_loaded = loaded.value();
    m_name->setText(m_loaded.name);
    m_relationship->setCurrentText(m_loaded.relationship);
    m_parentalResponsibility->setChecked(m_loaded.hasParentalResponsibility);
    m_phone->setText(m_loaded.phone);
    m_email->setText(m_loaded.email);
    m_address->setPlainText(m_loaded.address);
    m_primary->setChecked(m_loaded.isPrimary);
}

Contact ContactDialog::contact() const
{
    Contact c = m_loaded;
    c.id = m_contactId;
    c.pupilId = m_pupilId;
    c.name = m_name->text().trimmed();
    c.relationship = m_relationship->currentText().trimmed();
    c.hasParentalResponsibility = m_parentalResponsibility->isChecked();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.address = m_address->toPlainText().trimmed();
    c.isPrimary = m_primary->isChecked();
    return c;
}

bool ContactDialog::revalidate()
{
    const bool ok = m_issues.show(checkContact(contact())) && !m_loadFailed;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void ContactDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    m_saveError->hide();
    const Contact c = contact();
    if (!forms::confirmWarnings(this, checkContact(c))) {
        return;
    }
    ContactRepository contacts(m_db);
    if (m_contactId == 0) {
        Result<qint64> id = contacts.insert(c);
        if (!id) {
            m_saveError->setText(tr("Not saved: %1").arg(id.error().message));
            m_saveError->show();
            return;
        }
        m_savedId = id.value();
    } else {
        if (Status s = contacts.update(c); !s) {
            m_saveError->setText(tr("Not saved: %1").arg(s.error().message));
            m_saveError->show();
            return;
        }
        m_savedId = m_contactId;
    }
    QDialog::accept();
}

} // namespace casebook
