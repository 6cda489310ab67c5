#include "forms/CaseNoteDialog.h"

#include "repositories/CaseNoteRepository.h"
#include "services/CaseNoteCheck.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace casebook {

namespace {

std::vector<std::pair<QString, QString>> categoryChoices()
{
    return {
        {QObject::tr("General"), QStringLiteral("general")},
        {QObject::tr("Phone call"), QStringLiteral("phone_call")},
        {QObject::tr("Meeting"), QStringLiteral("meeting")},
        {QObject::tr("Visit"), QStringLiteral("visit")},
        {QObject::tr("Email"), QStringLiteral("email")},
        {QObject::tr("Safeguarding"), QStringLiteral("safeguarding")},
        {QObject::tr("Panel"), QStringLiteral("panel")},
        {QObject::tr("Other"), QStringLiteral("other")},
    };
}

} // namespace

CaseNoteDialog::CaseNoteDialog(Database& db, qint64 pupilId, qint64 noteId, QWidget* parent)
    : QDialog(parent), m_db(db),
      m_notedOn(forms::makeDateEdit(this, QStringLiteral("notedOnEdit"), tr("Date of the note"), false)),
      m_category(new QComboBox(this)), m_body(new QPlainTextEdit(this)), m_hint(new QLabel(this)),
      m_saveError(forms::makeSaveErrorLabel(this)), m_issues(this),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_loaded.pupilId = pupilId;
    setObjectName(QStringLiteral("caseNoteDialog"));
    setWindowTitle(noteId == 0 ? tr("Add a case note") : tr("Edit case note"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setAccessibleName(tr("Category"));
    forms::fillChoiceCombo(m_category, categoryChoices(), QStringLiteral("general"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setAccessibleName(tr("Note"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumSize(460, 160);
    m_hint->setObjectName(QStringLiteral("keyHint"));
    m_hint->setText(tr("Enter starts a new line in the note. Ctrl+Enter saves; Esc cancels."));
    m_hint->setAccessibleName(m_hint->text());
    m_hint->setStyleSheet(QStringLiteral("color:#555555"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_notedOn);
    form->addRow(QString(), m_issues.add(QStringLiteral("notedOn")));
    form->addRow(tr("&Category:"), m_category);
    form->addRow(QString(), m_issues.add(QStringLiteral("category")));
    form->addRow(tr("&Note:"), m_body);
    form->addRow(QString(), m_issues.add(QStringLiteral("body")));
    form->addRow(QString(), m_hint);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    QPushButton* save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    save->setToolTip(tr("Save (Ctrl+Enter)"));

    // Ctrl+Enter (main keyboard or keypad) saves even from inside the note, where Enter starts a new line.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &CaseNoteDialog::accept);
    }
    if (noteId != 0) {
        load(noteId);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseNoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaseNoteDialog::reject);
    connect(m_notedOn, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] { revalidate(); });
    revalidate();
    m_notedOn->setFocus();
}

void CaseNoteDialog::load(qint64 noteId)
{
    auto loaded = CaseNoteRepository(m_db).load(noteId);
    if (!loaded) {
        showSaveError(tr("This note could not be opened: %1").arg(loaded.error().message));
        m_loadFailed = true;
        return;
    }
    m_loaded = loaded.value();
    m_notedOn->setDate(m_loaded.notedOn);
    forms::fillChoiceCombo(m_category, categoryChoices(), m_loaded.category);
    m_body->setPlainText(m_loaded.body);
}

CaseNote CaseNoteDialog::caseNote() const
{
    CaseNote n = m_loaded;
    n.notedOn = m_notedOn->date();
    n.category = m_category->currentData().toString();
    n.body = m_body->toPlainText().trimmed();
    return n;
}

bool CaseNoteDialog::revalidate()
{
    const bool ok = m_issues.show(checkCaseNote(caseNote(), QDate::currentDate())) && !m_loadFailed;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void CaseNoteDialog::showSaveError(const QString& message)
{
    m_saveError->setText(message);
    m_saveError->setAccessibleDescription(message);
    m_saveError->show();
}

void CaseNoteDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    const CaseNote n = caseNote();
    CaseNoteRepository repository(m_db);
    if (n.id == 0) {
        auto saved = repository.insert(n);
        if (!saved) {
            showSaveError(tr("Not saved: %1").arg(saved.error().message));
            return;
        }
        m_savedId = saved.value();
    } else {
        if (Status st = repository.update(n, m_loaded.rowVersion); !st) {
            showSaveError(tr("Not saved: %1").arg(st.error().message));
            return;
        }
        m_savedId = n.id;
    }
    QDialog::accept();
}

} // namespace casebook
