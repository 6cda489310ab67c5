#include "forms/EnrolmentDialog.h"

#include "forms/KeyboardEntry.h"

#include "calendar/UkDate.h"
#include "db/Database.h"
#include "repositories/EnrolmentRepository.h"
#include "services/EnrolmentCheck.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook {

namespace {

QComboBox* makeCombo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    return combo;
}

std::vector<std::pair<QString, QString>> reasonChoices()
{
    std::vector<std::pair<QString, QString>> choices = {{QObject::tr("(not recorded)"), QString()}};
    const auto reasons = leavingReasonChoices();
    choices.insert(choices.end(), reasons.begin(), reasons.end());
    return choices;
}

} // namespace

EnrolmentDialog::EnrolmentDialog(Database& db, qint64 pupilId, qint64 enrolmentId, QWidget* parent)
    : QDialog(parent), m_db(db), m_pupilId(pupilId), m_enrolmentId(enrolmentId),
      m_school(makeCombo(this, QStringLiteral("schoolCombo"), tr("School"))),
      m_endDate(forms::makeOptionalDateEdit(this, QStringLiteral("endDateEdit"), tr("Last day on roll"))),
      m_reason(makeCombo(this, QStringLiteral("leavingReasonCombo"), tr("Leaving reason"))),
      m_note(new QLineEdit(this)),
      m_destination(makeCombo(this, QStringLiteral("destinationSchoolCombo"), tr("Destination school"))),
      m_startDate(forms::makeRequiredDateEdit(this, QStringLiteral("startDateEdit"), tr("First day on roll"))),
      m_registration(makeCombo(this, QStringLiteral("registrationCombo"), tr("Registration type"))),
      m_saveError(forms::makeSaveErrorLabel(this)), m_issues(this),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("enrolmentDialog"));
    setWindowTitle(recordingMove() ? tr("Record a school move") : tr("Edit enrolment"));
    m_note->setObjectName(QStringLiteral("destinationNoteEdit"));
    m_note->setAccessibleName(tr("Where the pupil went"));
    m_note->setPlaceholderText(tr("e.g. a school outside the LA, or what is known"));
    forms::fillChoiceCombo(m_reason, reasonChoices(), QString());
    forms::fillChoiceCombo(m_registration, registrationTypeChoices(), QStringLiteral("single"));
    if (auto all = EnrolmentRepository(m_db).forPupil(m_pupilId)) {
        m_others = all.value();
    }
    if (recordingMove()) {
        if (auto current = EnrolmentRepository(m_db).current(m_pupilId)) {
            m_leaving = current.value();
        }
        forms::fillSchoolCombo(m_db, m_destination, 0, true);
        m_endDate->setDate(QDate::currentDate());
        m_startDate->setDate(QDate::currentDate().addDays(1));
        buildMoveLayout();
    } else {
        forms::fillSchoolCombo(m_db, m_school, 0);
        forms::fillSchoolCombo(m_db, m_destination, 0, true);
        load();
        buildEditLayout();
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolmentDialog::reject);
    for (QComboBox* combo : {m_school, m_reason, m_destination, m_registration}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    }
    connect(m_note, &QLineEdit::textChanged, this, [this] { revalidate(); });
    connect(m_endDate, &QDateEdit::dateChanged, this, [this](QDate end) {
        if (recordingMove() && !m_startDateChosen && end.isValid()) {
            const QSignalBlocker block(m_startDate); // the first day follows until the officer picks one
            m_startDate->setDate(end.addDays(1));
        }
        revalidate();
    });
    connect(m_startDate, &QDateEdit::dateChanged, this, [this] {
        m_startDateChosen = true;
        revalidate();
    });
    if (recordingMove()) {
        connect(m_destination, &QComboBox::currentIndexChanged, this, [this] {
            const bool joining = m_destination->currentData().toLongLong() > 0;
            m_startDate->setEnabled(joining);
            m_registration->setEnabled(joining);
        });
        m_startDate->setEnabled(false);
        m_registration->setEnabled(false);
    }
    revalidate();
}

void EnrolmentDialog::buildMoveLayout()
{
    auto* layout = new QVBoxLayout(this);
    m_school->hide();
    auto* leaving = new QGroupBox(this);
    leaving->setObjectName(QStringLiteral("leavingGroup"));
    if (m_leaving) {
        leaving->setTitle(tr("Leaving %1").arg(m_leaving->schoolName));
        auto* form = new QFormLayout(leaving);
        auto* since = new QLabel(
            tr("%1 since %2").arg(registrationTypeLabel(m_leaving->registrationType), ukDate(m_leaving->startDate)),
            leaving);
        since->setObjectName(QStringLiteral("leavingSinceLabel"));
        form->addRow(tr("On roll:"), since);
        form->addRow(tr("Last &day there:"), m_endDate);
        form->addRow(QString(), m_issues.add(QStringLiteral("endDate")));
        form->addRow(tr("Leaving &reason:"), m_reason);
        form->addRow(QString(), m_issues.add(QStringLiteral("leavingReason")));
        form->addRow(tr("Where they &went:"), m_note);
        layout->addWidget(leaving);
    } else {
        leaving->hide();
        m_endDate->hide();
        m_reason->hide();
        m_note->hide();
        auto* none = new QLabel(tr("The pupil is on no school's roll: record the school they join."), this);
        none->setObjectName(QStringLiteral("noCurrentSchoolLabel"));
        layout->addWidget(none);
    }
    auto* joining = new QGroupBox(tr("Joining"), this);
    auto* form = new QFormLayout(joining);
    form->addRow(tr("&New school:"), m_destination);
    form->addRow(QString(), m_issues.add(QStringLiteral("destinationSchool")));
    form->addRow(tr("&First day there:"), m_startDate);
    form->addRow(QString(), m_issues.add(QStringLiteral("startDate")));
    form->addRow(tr("Re&gistration:"), m_registration);
    layout->addWidget(joining);
    for (QGroupBox* group : {leaving, joining}) {
        group->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // spare height goes below them
    }
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setTabOrder(m_endDate, m_reason);
    setTabOrder(m_reason, m_note);
    setTabOrder(m_note, m_destination);
    setTabOrder(m_destination, m_startDate);
    setTabOrder(m_startDate, m_registration);
    setMinimumWidth(480);
    (m_leaving ? static_cast<QWidget*>(m_endDate) : m_destination)->setFocus();
}

void EnrolmentDialog::buildEditLayout()
{
    auto* form = new QFormLayout;
    form->addRow(tr("Sc&hool:"), m_school);
    form->addRow(QString(), m_issues.add(QStringLiteral("school")));
    form->addRow(tr("&Started on:"), m_startDate);
    form->addRow(QString(), m_issues.add(QStringLiteral("startDate")));
    form->addRow(tr("Re&gistration:"), m_registration);
    form->addRow(tr("&Left on:"), m_endDate);
    form->addRow(QString(), m_issues.add(QStringLiteral("endDate")));
    form->addRow(tr("Leaving &reason:"), m_reason);
    form->addRow(QString(), m_issues.add(QStringLiteral("leavingReason")));
    form->addRow(tr("&Destination school:"), m_destination);
    form->addRow(QString(), m_issues.add(QStringLiteral("destinationSchool")));
    form->addRow(tr("Where they &went:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setTabOrder(m_school, m_startDate);
    setTabOrder(m_startDate, m_registration);
    setTabOrder(m_registration, m_endDate);
    setTabOrder(m_endDate, m_reason);
    setTabOrder(m_reason, m_destination);
    setTabOrder(m_destination, m_note);
    setMinimumWidth(480);
    m_school->setFocus();
}

void EnrolmentDialog::load()
{
    Result<Enrolment> loaded = EnrolmentRepository(m_db).load(m_enrolmentId);
    if (!loaded) {
        m_saveError->setText(tr("Could not open the enrolment: %1").arg(loaded.error().message));
        m_saveError->show();
        m_loadFailed = true;
        return;
    }
    m_loaded = loaded.value();
    m_school->setCurrentIndex(std::max(0, m_school->findData(m_loaded.schoolId)));
    m_startDate->setDate(m_loaded.startDate);
    m_registration->setCurrentIndex(std::max(0, m_registration->findData(m_loaded.registrationType)));
    forms::setOptionalDate(m_endDate, m_loaded.endDate);
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(m_loaded.leavingReason)));
    m_destination->setCurrentIndex(std::max(0, m_destination->findData(m_loaded.destinationSchoolId)));
    m_note->setText(m_loaded.destinationNote);
}

SchoolMove EnrolmentDialog::move() const
{
    SchoolMove m;
    m.pupilId = m_pupilId;
    if (m_leaving) {
        m.leavingEnrolmentId = m_leaving->id;
        m.leavingRowVersion = m_leaving->rowVersion;
        m.endDate = forms::optionalDate(m_endDate);
        m.leavingReason = m_reason->currentData().toString();
        m.destinationNote = m_note->text().trimmed();
    }
    m.destinationSchoolId = m_destination->currentData().toLongLong();
    if (m.destinationSchoolId > 0) {
        m.startDate = m_startDate->date();
        m.registrationType = m_registration->currentData().toString();
    }
    return m;
}

Enrolment EnrolmentDialog::enrolment() const
{
    Enrolment e = m_loaded;
    e.id = m_enrolmentId;
    e.pupilId = m_pupilId;
    e.schoolId = m_school->currentData().toLongLong();
    e.schoolName = m_school->currentText();
    e.startDate = m_startDate->date();
    e.registrationType = m_registration->currentData().toString();
    e.endDate = forms::optionalDate(m_endDate);
    e.leavingReason = m_reason->currentData().toString();
    e.destinationSchoolId = m_destination->currentData().toLongLong();
    e.destinationNote = m_note->text().trimmed();
    return e;
}

std::vector<FieldIssue> EnrolmentDialog::issues() const
{
    return recordingMove() ? checkSchoolMove(move(), m_leaving, m_others) : checkEnrolment(enrolment(), m_others);
}

bool EnrolmentDialog::revalidate()
{
    const bool ok = m_issues.show(issues()) && !m_loadFailed;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void EnrolmentDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    m_saveError->hide();
    if (!forms::confirmWarnings(this, issues())) {
        return;
    }
    EnrolmentRepository enrolments(m_db);
    if (recordingMove()) {
        Result<qint64> id = enrolments.recordMove(move());
        if (!id) {
            m_saveError->setText(tr("Not saved: %1").arg(id.error().message));
            m_saveError->show();
            return;
        }
        m_savedId = id.value();
    } else {
        if (Status s = enrolments.update(enrolment()); !s) {
            m_saveError->setText(tr("Not saved: %1").arg(s.error().message));
            m_saveError->show();
            return;
        }
        m_savedId = m_enrolmentId;
    }
    QDialog::accept();
}

} // namespace casebook
