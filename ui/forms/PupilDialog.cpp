#include "forms/PupilDialog.h"

#include "forms/DuplicatePupilsDialog.h"
#include "forms/KeyboardEntry.h"

#include "calendar/UkDate.h"
#include "db/Database.h"
#include "repositories/PupilRepository.h"
#include "rules/Upn.h"
#include "services/PupilCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValidator>

#include <algorithm>

namespace casebook {

namespace {

// A date of birth field: pupils can be older than the shared kit's optional dates allow, so "not recorded"
// sits at 01/01/1900 here.
const QDate kBirthNotRecorded(1900, 1, 1);

QDateEdit* makeBirthDateEdit(QWidget* parent)
{
    QDateEdit* edit =
        forms::makeDateEdit(parent, QStringLiteral("dateOfBirthEdit"), QObject::tr("Date of birth"), false);
    edit->setMinimumDate(kBirthNotRecorded);
    edit->setSpecialValueText(QObject::tr("not recorded"));
    edit->setDate(kBirthNotRecorded);
    forms::makeKeyboardFriendly(edit);
    return edit;
}

QDate birthDate(const QDateEdit* edit)
{
    return edit->date() == kBirthNotRecorded ? QDate() : edit->date();
}

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

// Shows a UPN in capitals as it is typed (UPNs are written in capitals; spaces are allowed and ignored).
class UpperCase : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString& input, int& /*position*/) const override
    {
        input = input.toUpper();
        return Acceptable;
    }
};

QStringList warningMessages(const std::vector<FieldIssue>& issues)
{
    QStringList messages;
    for (const FieldIssue& issue : issues) {
        if (issue.severity == FieldIssue::Severity::Warning) {
            messages << issue.message;
        }
    }
    return messages;
}

} // namespace

PupilDialog::PupilDialog(Database& db, qint64 pupilId, QWidget* parent)
    : QDialog(parent), m_db(db), m_pupilId(pupilId), m_today(QDate::currentDate()),
      m_legalForename(makeLineEdit(this, QStringLiteral("legalForenameEdit"), tr("Legal forename"))),
      m_legalSurname(makeLineEdit(this, QStringLiteral("legalSurnameEdit"), tr("Legal surname"))),
      m_preferredForename(makeLineEdit(this, QStringLiteral("preferredForenameEdit"), tr("Preferred forename"))),
      m_preferredSurname(makeLineEdit(this, QStringLiteral("preferredSurnameEdit"), tr("Preferred surname"))),
      m_dateOfBirth(makeBirthDateEdit(this)), m_sex(makeCombo(this, QStringLiteral("sexCombo"), tr("Sex"))),
      m_upn(makeLineEdit(this, QStringLiteral("upnEdit"), tr("Unique pupil number (UPN)"))),
      m_ethnicity(makeCombo(this, QStringLiteral("ethnicityCombo"), tr("Ethnicity"))),
      m_firstLanguage(makeLineEdit(this, QStringLiteral("firstLanguageEdit"), tr("First language"))),
      m_sen(makeCombo(this, QStringLiteral("senCombo"), tr("Special educational needs"))),
      m_fsm(makeCombo(this, QStringLiteral("fsmCombo"), tr("Free school meals"))),
      m_lookedAfter(makeCombo(this, QStringLiteral("lookedAfterCombo"), tr("Looked after"))),
      m_hasSocialWorker(new QCheckBox(tr("Has a social &worker"), this)),
      m_socialWorkerName(makeLineEdit(this, QStringLiteral("socialWorkerNameEdit"), tr("Social worker's name"))),
      m_socialWorkerContact(
          makeLineEdit(this, QStringLiteral("socialWorkerContactEdit"), tr("Social worker's phone or email"))),
      m_virtualSchool(makeLineEdit(this, QStringLiteral("virtualSchoolContactEdit"), tr("Virtual school contact"))),
      m_schoolGroup(new QGroupBox(tr("Current school"), this)),
      m_school(makeCombo(this, QStringLiteral("schoolCombo"), tr("Current school"))),
      m_startDate(forms::makeRequiredDateEdit(this, QStringLiteral("startDateEdit"), tr("Joined the school on"))),
      m_notes(new QPlainTextEdit(this)), m_saveError(forms::makeSaveErrorLabel(this)), m_issues(this),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pupilDialog"));
    setWindowTitle(m_pupilId == 0 ? tr("Add a pupil") : tr("Edit pupil details"));
    m_upn->setPlaceholderText(tr("13 characters, e.g. B801200005001"));
    m_upn->setMaxLength(20); // room for spaces, which are ignored
    m_upn->setValidator(new UpperCase(m_upn));
    forms::fillChoiceCombo(m_sex,
                           {{tr("Not known"), QStringLiteral("U")},
                            {tr("Female"), QStringLiteral("F")},
                            {tr("Male"), QStringLiteral("M")}},
                           QStringLiteral("U"));
    std::vector<std::pair<QString, QString>> ethnicities = {{tr("(not recorded)"), QString()}};
    if (auto codes = PupilRepository(m_db).ethnicityChoices()) {
        ethnicities.insert(ethnicities.end(), codes->begin(), codes->end());
    }
    forms::fillChoiceCombo(m_ethnicity, ethnicities, QString());
    forms::fillChoiceCombo(m_sen,
                           {{tr("(not recorded)"), QString()},
                            {tr("No SEN (N)"), QStringLiteral("N")},
                            {tr("SEN support (K)"), QStringLiteral("K")},
                            {tr("EHC plan (E)"), QStringLiteral("E")}},
                           QString());
    forms::fillChoiceCombo(m_fsm,
                           {{tr("(not recorded)"), QString()},
                            {tr("Eligible for free school meals"), QStringLiteral("1")},
                            {tr("Not eligible"), QStringLiteral("0")}},
                           QString());
    forms::fillChoiceCombo(m_lookedAfter,
                           {{tr("(not recorded)"), QString()},
                            {tr("Looked after (in care)"), QStringLiteral("1")},
                            {tr("Not looked after"), QStringLiteral("0")}},
                           QString());
    m_hasSocialWorker->setObjectName(QStringLiteral("socialWorkerCheck"));
    m_hasSocialWorker->setAccessibleName(tr("Has a social worker"));
    m_schoolGroup->setObjectName(QStringLiteral("currentSchoolGroup"));
    forms::fillSchoolCombo(m_db, m_school, 0, true);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);
    buildLayout();

    if (m_pupilId != 0) {
        load();
        m_schoolGroup->hide(); // school history is changed with the school move form
    }
    m_socialWorkerName->setEnabled(m_hasSocialWorker->isChecked());
    m_socialWorkerContact->setEnabled(m_hasSocialWorker->isChecked());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PupilDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PupilDialog::reject);
    for (QLineEdit* edit : {m_legalForename, m_legalSurname, m_preferredForename, m_preferredSurname, m_upn,
                            m_firstLanguage, m_socialWorkerName, m_socialWorkerContact, m_virtualSchool}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { revalidate(); });
    }
    for (QComboBox* combo : {m_sex, m_ethnicity, m_sen, m_fsm, m_lookedAfter, m_school}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    }
    for (QDateEdit* edit : {m_dateOfBirth, m_startDate}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    }
    connect(m_hasSocialWorker, &QCheckBox::toggled, this, [this](bool on) {
        m_socialWorkerName->setEnabled(on);
        m_socialWorkerContact->setEnabled(on);
        revalidate();
    });
    connect(m_school, &QComboBox::currentIndexChanged, this,
            [this] { m_startDate->setEnabled(m_school->currentData().toLongLong() > 0); });
    m_startDate->setEnabled(false);
    revalidate();
    m_legalForename->setFocus();
}

void PupilDialog::buildLayout()
{
    auto* identity = new QGroupBox(tr("Identity"), this);
    auto* left = new QFormLayout(identity);
    left->addRow(tr("Legal &forename:"), m_legalForename);
    left->addRow(QString(), m_issues.add(QStringLiteral("legalForename")));
    left->addRow(tr("Le&gal surname:"), m_legalSurname);
    left->addRow(QString(), m_issues.add(QStringLiteral("legalSurname")));
    left->addRow(tr("&Preferred forename:"), m_preferredForename);
    left->addRow(tr("Preferred su&rname:"), m_preferredSurname);
    left->addRow(tr("&Date of birth:"), m_dateOfBirth);
    left->addRow(QString(), m_issues.add(QStringLiteral("dateOfBirth")));
    left->addRow(tr("Se&x:"), m_sex);
    left->addRow(QString(), m_issues.add(QStringLiteral("sex")));
    left->addRow(tr("&UPN:"), m_upn);
    left->addRow(QString(), m_issues.add(QStringLiteral("upn")));
    left->addRow(tr("&Ethnicity:"), m_ethnicity);
    left->addRow(tr("First &language:"), m_firstLanguage);

    auto* needs = new QGroupBox(tr("Needs and support"), this);
    auto* right = new QFormLayout(needs);
    right->addRow(tr("Special educational &needs:"), m_sen);
    right->addRow(QString(), m_issues.add(QStringLiteral("sen")));
    right->addRow(tr("Free school &meals:"), m_fsm);
    right->addRow(tr("Looked &after:"), m_lookedAfter);
    right->addRow(QString(), m_hasSocialWorker);
    right->addRow(tr("Social wor&ker's name:"), m_socialWorkerName);
    right->addRow(QString(), m_issues.add(QStringLiteral("socialWorkerName")));
    right->addRow(tr("Social worker's con&tact:"), m_socialWorkerContact);
    right->addRow(tr("&Virtual school contact:"), m_virtualSchool);
    right->addRow(QString(), m_issues.add(QStringLiteral("virtualSchoolContact")));

    auto* school = new QFormLayout(m_schoolGroup);
    school->addRow(tr("Sc&hool:"), m_school);
    school->addRow(tr("Jo&ined on:"), m_startDate);
    school->addRow(QString(), m_issues.add(QStringLiteral("startDate")));

    auto* rightColumn = new QVBoxLayout;
    rightColumn->addWidget(needs);
    rightColumn->addWidget(m_schoolGroup);
    rightColumn->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(identity, 1);
    columns->addLayout(rightColumn, 1);

    auto* notes = new QFormLayout;
    notes->addRow(tr("N&otes:"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(notes, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setMinimumWidth(820);
}

void PupilDialog::load()
{
    Result<Pupil> loaded = PupilRepository(m_db).load(m_pupilId);
    if (!loaded) {
        m_saveError->setText(tr("Could not open the pupil: %1").arg(loaded.error().message));
        m_saveError->show();
        m_loadFailed = true;
        return;
    }
    m_loaded = loaded.value();
    const Pupil& p = m_loaded;
    m_legalForename->setText(p.legalForename);
    m_legalSurname->setText(p.legalSurname);
    m_preferredForename->setText(p.preferredForename);
    m_preferredSurname->setText(p.preferredSurname);
    m_dateOfBirth->setDate(p.dateOfBirth.isValid() ? p.dateOfBirth : kBirthNotRecorded);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(p.sex)));
    m_upn->setText(p.upn);
    m_ethnicity->setCurrentIndex(std::max(0, m_ethnicity->findData(p.ethnicityCode)));
    m_firstLanguage->setText(p.firstLanguage);
    m_hasSocialWorker->setChecked(p.hasSocialWorker);
    m_socialWorkerName->setText(p.socialWorkerName);
    m_socialWorkerContact->setText(p.socialWorkerContact);
    m_virtualSchool->setText(p.virtualSchoolContact);
    m_notes->setPlainText(p.notes);
    if (auto c = PupilRepository(m_db).characteristics(m_pupilId)) {
        m_sen->setCurrentIndex(std::max(0, m_sen->findData(c->sen)));
        m_fsm->setCurrentIndex(std::max(0, m_fsm->findData(c->fsm)));
        m_lookedAfter->setCurrentIndex(std::max(0, m_lookedAfter->findData(c->lookedAfter)));
        m_acceptedWarnings = warningMessages(checkPupil(m_loaded, c.value(), m_today));
    }
}

Pupil PupilDialog::pupil() const
{
    Pupil p = m_loaded;
    p.id = m_pupilId;
    const QString upn = m_upn->text().trimmed();
    p.upn = upn.isEmpty() ? QString() : checkUpn(upn).normalised;
    p.legalForename = m_legalForename->text().trimmed();
    p.legalSurname = m_legalSurname->text().trimmed();
    p.preferredForename = m_preferredForename->text().trimmed();
    p.preferredSurname = m_preferredSurname->text().trimmed();
    p.dateOfBirth = birthDate(m_dateOfBirth);
    p.sex = m_sex->currentData().toString();
    p.ethnicityCode = m_ethnicity->currentData().toString();
    p.firstLanguage = m_firstLanguage->text().trimmed();
    p.hasSocialWorker = m_hasSocialWorker->isChecked();
    p.socialWorkerName = m_socialWorkerName->text().trimmed();
    p.socialWorkerContact = m_socialWorkerContact->text().trimmed();
    p.virtualSchoolContact = m_virtualSchool->text().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

PupilCharacteristics PupilDialog::characteristics() const
{
    PupilCharacteristics c;
    c.sen = m_sen->currentData().toString();
    c.fsm = m_fsm->currentData().toString();
    c.lookedAfter = m_lookedAfter->currentData().toString();
    return c;
}

QString PupilDialog::upnOwner(const QString& upn)
{
    if (upn == m_ownerUpn) {
        return m_owner;
    }
    m_ownerUpn = upn;
    m_owner.clear();
    if (upn.isEmpty() || !checkUpn(upn).valid) {
        return m_owner;
    }
    if (auto found = PupilRepository(m_db).findByUpn(upn); found && found.value() && found.value()->id != m_pupilId) {
        const Pupil& other = *found.value();
        m_owner = other.displayName() + tr(", born %1").arg(ukDate(other.dateOfBirth));
    }
    return m_owner;
}

std::vector<FieldIssue> PupilDialog::issues()
{
    const Pupil p = pupil();
    std::vector<FieldIssue> all = checkPupil(p, characteristics(), m_today, upnOwner(p.upn));
    if (m_pupilId == 0) {
        const std::vector<FieldIssue> school =
            checkCurrentSchool(m_school->currentData().toLongLong(), m_startDate->date(), p.dateOfBirth);
        all.insert(all.end(), school.begin(), school.end());
    }
    return all;
}

bool PupilDialog::revalidate()
{
    const std::vector<FieldIssue> all = issues();
    bool ok = m_issues.show(all);
    if (!ok && m_pupilId == 0 && !m_owner.isEmpty()) {
        // A new pupil whose UPN another pupil has may still go to Save: the duplicate chooser then offers that
        // pupil (and refuses a second pupil with the same UPN).
        const Pupil p = pupil();
        std::vector<FieldIssue> rest = checkPupil(p, characteristics(), m_today);
        const std::vector<FieldIssue> school =
            checkCurrentSchool(m_school->currentData().toLongLong(), m_startDate->date(), p.dateOfBirth);
        rest.insert(rest.end(), school.begin(), school.end());
        ok = !hasErrors(rest);
    }
    ok = ok && !m_loadFailed;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

QVector<PupilSummary> PupilDialog::likelyDuplicates(const Pupil& p, QString* error)
{
    PupilRepository pupils(m_db);
    QVector<PupilSummary> matches;
    QList<std::pair<QString, QString>> names = {{p.legalForename, p.legalSurname}};
    if (!p.preferredForename.isEmpty() || !p.preferredSurname.isEmpty()) {
        names.append({p.preferredForename.isEmpty() ? p.legalForename : p.preferredForename,
                      p.preferredSurname.isEmpty() ? p.legalSurname : p.preferredSurname});
    }
    for (const auto& [forename, surname] : names) {
        auto found = pupils.likelyDuplicates(p.upn, forename, surname, p.dateOfBirth);
        if (!found) {
            *error = found.error().message;
            return {};
        }
        for (const PupilSummary& row : found.value()) {
            const bool known =
                std::any_of(matches.begin(), matches.end(), [&row](const PupilSummary& m) { return m.id == row.id; });
            if (!known) {
                matches.append(row);
            }
        }
    }
    return matches;
}

bool PupilDialog::offerDuplicates(const Pupil& p)
{
    QString error;
    const QVector<PupilSummary> matches = likelyDuplicates(p, &error);
    if (!error.isEmpty()) {
        m_saveError->setText(tr("Not saved: could not look for pupils already recorded: %1").arg(error));
        m_saveError->show();
        return false;
    }
    if (matches.isEmpty()) {
        return true;
    }
    const bool upnTaken = !p.upn.isEmpty() && std::any_of(matches.begin(), matches.end(),
                                                          [&p](const PupilSummary& m) { return m.upn == p.upn; });
    DuplicatePupilsDialog chooser(matches, !upnTaken, this);
    chooser.exec();
    switch (chooser.choice()) {
    case DuplicatePupilsDialog::Choice::OpenExisting:
        m_existingChosen = chooser.chosenPupilId();
        QDialog::accept();
        return false;
    case DuplicatePupilsDialog::Choice::CreateAnyway:
        return true;
    case DuplicatePupilsDialog::Choice::BackToForm:
        break;
    }
    return false;
}

bool PupilDialog::save(const Pupil& p, const PupilCharacteristics& c)
{
    PupilRepository pupils(m_db);
    if (m_pupilId == 0) {
        std::optional<Enrolment> school;
        if (const qint64 schoolId = m_school->currentData().toLongLong(); schoolId > 0) {
            Enrolment e;
            e.schoolId = schoolId;
            e.startDate = m_startDate->date();
            school = e;
        }
        Result<qint64> id = pupils.insert(p, c, m_today, school);
        if (!id) {
            m_saveError->setText(tr("Not saved: %1").arg(id.error().message));
            m_saveError->show();
            return false;
        }
        m_savedId = id.value();
        return true;
    }
    if (Status s = pupils.update(p, c, m_today); !s) {
        m_saveError->setText(tr("Not saved: %1").arg(s.error().message));
        m_saveError->show();
        return false;
    }
    m_savedId = m_pupilId;
    return true;
}

void PupilDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    m_saveError->hide();
    const Pupil p = pupil();
    const PupilCharacteristics c = characteristics();
    if (m_pupilId == 0 && !offerDuplicates(p)) {
        return;
    }
    // Warnings the record already had when it was opened were accepted then: ask only about new ones.
    std::vector<FieldIssue> toConfirm = issues();
    toConfirm.erase(
        std::remove_if(toConfirm.begin(), toConfirm.end(),
                       [this](const FieldIssue& issue) { return m_acceptedWarnings.contains(issue.message); }),
        toConfirm.end());
    if (!forms::confirmWarnings(this, toConfirm)) {
        return;
    }
    if (save(p, c)) {
        QDialog::accept();
    }
}

} // namespace casebook
