#include "forms/SuspensionDialog.h"

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
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook {

using forms::makeDateEdit;
using forms::optionalDate;
using forms::setOptionalDate;

namespace {

// Fields on the Follow-up tab, to mark the tab when one of them has a problem.
const QStringList kFollowUpFields = {QStringLiteral("reintegrationMeeting"), QStringLiteral("sixthDayProvisionFrom"),
                                     QStringLiteral("boardReview"), QStringLiteral("cancelledOn")};

const std::vector<std::pair<QString, QString>>& boardReviewOutcomes()
{
    static const std::vector<std::pair<QString, QString>> choices = {
        {QObject::tr("(not recorded)"), QString()},
        {QObject::tr("Upheld the suspension"), QStringLiteral("upheld")},
        {QObject::tr("Reinstated the pupil"), QStringLiteral("reinstated")},
        {QObject::tr("Noted the parent's representations"), QStringLiteral("noted")},
    };
    return choices;
}

} // namespace

SuspensionDialog::SuspensionDialog(Database& db, qint64 pupilId, qint64 suspensionId, QWidget* parent)
    : QDialog(parent), m_db(db), m_pupilId(pupilId), m_suspensionId(suspensionId), m_issues(this)
{
    setObjectName(QStringLiteral("suspensionDialog"));
    setWindowTitle(suspensionId == 0 ? tr("Record a suspension") : tr("Edit a suspension"));

    // Fields are created page by page, so the tab order runs through the first page first.
    QWidget* suspensionPage = buildSuspensionPage();
    QWidget* followUpPage = buildFollowUpPage();
    m_saveError = forms::makeSaveErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    auto* layout = new QVBoxLayout(this);
    if (suspensionId == 0) {
        // A new suspension: the later stages have not happened yet.
        suspensionPage->layout()->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(suspensionPage);
        followUpPage->hide();
    } else {
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("suspensionTabs"));
        m_tabs->setAccessibleName(tr("Parts of the suspension record"));
        m_tabs->addTab(suspensionPage, tr("Suspens&ion"));
        m_tabs->addTab(followUpPage, tr("Follow-&up"));
        forms::addTabShortcuts(m_tabs);
        layout->addWidget(m_tabs);
    }
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    // The pupil's other suspensions, PSPs and the calendar don't change while the form is open: load them once.
    if (auto calendars = loadCalendarSet(m_db)) {
        m_calendars = calendars.value();
    }
    if (suspensionId == 0) {
        // The school the pupil is at, or was at last: never an unrelated school that sorts first.
        const auto latestSchool = SchoolRepository(db).latestSchoolOf(pupilId);
        forms::fillSchoolCombo(db, m_school, latestSchool ? latestSchool.value() : 0);
        fillReasons();
    } else {
        load(suspensionId);
    }
    if (auto record = CaseFactsRepository(m_db).caseForPupil(m_pupilId, QDate(9999, 12, 31))) {
        m_others = record->suspensions;
    }
    if (auto psps = ExclusionRepository(m_db).pastoralSupportSpans(m_pupilId)) {
        m_psps = psps.value();
    }
    connectChanges();
    revalidate();
    m_firstDay->setFocus();
}

QWidget* SuspensionDialog::buildSuspensionPage()
{
    m_school = new QComboBox(this);
    m_school->setObjectName(QStringLiteral("schoolCombo"));
    m_school->setAccessibleName(tr("School"));
    m_firstDay = makeDateEdit(this, QStringLiteral("firstDayEdit"), tr("First day"), false);
    m_afternoon = new QCheckBox(tr("Starts in the &afternoon"), this);
    m_afternoon->setObjectName(QStringLiteral("afternoonCheck"));
    m_afternoon->setAccessibleName(tr("Starts in the afternoon"));
    m_days = new QDoubleSpinBox(this);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setAccessibleName(tr("Length in school days"));
    m_days->setRange(0.5, 45.0);
    m_days->setSingleStep(0.5);
    m_days->setDecimals(1);
    m_days->setValue(1.0);
    m_days->setSuffix(tr(" days"));
    m_lunchtime = new QCheckBox(tr("Lunch&time suspension (half a day)"), this);
    m_lunchtime->setObjectName(QStringLiteral("lunchtimeCheck"));
    m_lunchtime->setAccessibleName(tr("Lunchtime suspension"));
    m_decision = makeDateEdit(this, QStringLiteral("decisionDateEdit"), tr("Date of the headteacher's decision"), true);
    for (int i = 0; i < 3; ++i) {
        m_reasons[i] = new QComboBox(this);
        m_reasons[i]->setObjectName(QStringLiteral("reason%1Combo").arg(i + 1));
        m_reasons[i]->setAccessibleName(tr("Reason %1").arg(i + 1));
        m_reasons[i]->setSizeAdjustPolicy(QComboBox::AdjustToContents); // reasons are read in full
    }
    m_parent = makeDateEdit(this, QStringLiteral("parentNotifiedEdit"), tr("Parent notified on"), true);
    m_governors = makeDateEdit(this, QStringLiteral("governorsNotifiedEdit"), tr("Governing board notified on"), true);
    m_la = makeDateEdit(this, QStringLiteral("laNotifiedEdit"), tr("LA notified on"), true);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("detailEdit"));
    m_detail->setAccessibleName(tr("What happened"));
    m_detail->setTabChangesFocus(true);
    m_detail->setMaximumHeight(70);

    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Sc&hool:"), m_school);
    form->addRow(QString(), m_issues.add(QStringLiteral("school")));
    form->addRow(tr("&First day:"), m_firstDay);
    form->addRow(QString(), m_issues.add(QStringLiteral("firstDay")));
    form->addRow(QString(), m_issues.add(QStringLiteral("psp")));
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
    form->addRow(tr("&What happened:"), m_detail);
    return page;
}

QWidget* SuspensionDialog::buildFollowUpPage()
{
    m_socialWorker =
        makeDateEdit(this, QStringLiteral("socialWorkerNotifiedEdit"), tr("Social worker notified on"), true);
    m_virtualSchool =
        makeDateEdit(this, QStringLiteral("virtualSchoolNotifiedEdit"), tr("Virtual school head notified on"), true);
    m_reintegration =
        makeDateEdit(this, QStringLiteral("reintegrationMeetingEdit"), tr("Reintegration meeting on"), true);
    m_sixthDayProvision = new QLineEdit(this);
    m_sixthDayProvision->setObjectName(QStringLiteral("sixthDayProvisionEdit"));
    m_sixthDayProvision->setAccessibleName(tr("Sixth-day provision"));
    m_sixthDayProvision->setPlaceholderText(tr("e.g. full-time place at the partner school"));
    m_sixthDayFrom = makeDateEdit(this, QStringLiteral("sixthDayFromEdit"), tr("Sixth-day provision from"), true);
    m_boardRequested =
        makeDateEdit(this, QStringLiteral("boardRequestedEdit"), tr("Parent asked for a board review on"), true);
    m_boardReview = makeDateEdit(this, QStringLiteral("boardReviewEdit"), tr("Governing board met on"), true);
    m_boardOutcome = new QComboBox(this);
    m_boardOutcome->setObjectName(QStringLiteral("boardOutcomeCombo"));
    m_boardOutcome->setAccessibleName(tr("Governing board's decision"));
    forms::fillChoiceCombo(m_boardOutcome, boardReviewOutcomes(), QString());
    m_wouldMissExam = new QCheckBox(tr("Would miss a public e&xam or national curriculum test"), this);
    m_wouldMissExam->setObjectName(QStringLiteral("wouldMissExamCheck"));
    m_wouldMissExam->setAccessibleName(tr("Would miss a public exam or national curriculum test"));
    m_cancelled = makeDateEdit(this, QStringLiteral("cancelledEdit"), tr("Cancelled on"), true);

    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Social &worker notified:"), m_socialWorker);
    form->addRow(tr("&Virtual school notified:"), m_virtualSchool);
    form->addRow(tr("&Reintegration meeting:"), m_reintegration);
    form->addRow(QString(), m_issues.add(QStringLiteral("reintegrationMeeting")));
    form->addRow(tr("Sixth-day &provision:"), m_sixthDayProvision);
    form->addRow(tr("Provision &from:"), m_sixthDayFrom);
    form->addRow(QString(), m_issues.add(QStringLiteral("sixthDayProvisionFrom")));
    form->addRow(tr("&Board review asked for:"), m_boardRequested);
    form->addRow(tr("Board &met on:"), m_boardReview);
    form->addRow(QString(), m_issues.add(QStringLiteral("boardReview")));
    form->addRow(tr("Board's &outcome:"), m_boardOutcome);
    form->addRow(QString(), m_wouldMissExam);
    form->addRow(tr("Cancelled o&n:"), m_cancelled);
    form->addRow(QString(), m_issues.add(QStringLiteral("cancelledOn")));
    return page;
}

void SuspensionDialog::connectChanges()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SuspensionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SuspensionDialog::reject);
    connect(m_firstDay, &QDateEdit::dateChanged, this, [this] {
        fillReasons(); // the reasons in force on the first day
        revalidate();
    });
    connect(m_lunchtime, &QCheckBox::toggled, this, [this](bool on) {
        m_days->setEnabled(!on);
        revalidate();
    });
    for (QComboBox* combo : {m_school, m_reasons[0], m_reasons[1], m_reasons[2], m_boardOutcome}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    }
    connect(m_days, &QDoubleSpinBox::valueChanged, this, [this] { revalidate(); });
    for (QDateEdit* edit : {m_decision, m_parent, m_governors, m_la, m_socialWorker, m_virtualSchool, m_reintegration,
                            m_sixthDayFrom, m_boardRequested, m_boardReview, m_cancelled}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    }
    for (QCheckBox* check : {m_afternoon, m_wouldMissExam}) {
        connect(check, &QCheckBox::toggled, this, [this] { revalidate(); });
    }
}

void SuspensionDialog::load(qint64 suspensionId)
{
    auto loaded = ExclusionRepository(m_db).loadSuspension(suspensionId);
    if (!loaded) {
        forms::fillSchoolCombo(m_db, m_school, 0);
        fillReasons();
        m_saveError->setText(tr("Could not open the suspension: %1").arg(loaded.error().message));
        m_saveError->show();
        m_loadFailed = true;
        return;
    }
    const Suspension& s = loaded.value();
    m_pupilId = s.pupilId;
    m_rowVersion = s.rowVersion;
    forms::fillSchoolCombo(m_db, m_school, s.schoolId);
    m_firstDay->setDate(s.firstDay);
    m_afternoon->setChecked(s.startsAfternoon);
    m_lunchtime->setChecked(s.lunchtime);
    m_days->setEnabled(!s.lunchtime);
    if (!s.lunchtime) {
        m_days->setValue(s.sessions / 2.0);
    }
    setOptionalDate(m_decision, s.decisionDate);
    fillReasons();
    for (int i = 0; i < 3; ++i) {
        const QString code = i < s.reasonCodes.size() ? s.reasonCodes.at(i) : QString();
        m_reasons[i]->setCurrentIndex(std::max(0, m_reasons[i]->findData(code)));
    }
    setOptionalDate(m_parent, s.parentNotifiedOn);
    setOptionalDate(m_governors, s.governorsNotifiedOn);
    setOptionalDate(m_la, s.laNotifiedOn);
    m_detail->setPlainText(s.detail);
    setOptionalDate(m_socialWorker, s.socialWorkerNotifiedOn);
    setOptionalDate(m_virtualSchool, s.virtualSchoolNotifiedOn);
    setOptionalDate(m_reintegration, s.reintegrationMeetingOn);
    m_sixthDayProvision->setText(s.sixthDayProvision);
    setOptionalDate(m_sixthDayFrom, s.sixthDayProvisionFrom);
    setOptionalDate(m_boardRequested, s.boardReviewRequestedOn);
    setOptionalDate(m_boardReview, s.boardReviewOn);
    forms::fillChoiceCombo(m_boardOutcome, boardReviewOutcomes(), s.boardReviewOutcome);
    m_wouldMissExam->setChecked(s.wouldMissExam);
    setOptionalDate(m_cancelled, s.cancelledOn);
}

void SuspensionDialog::fillReasons()
{
    forms::fillReasonCombos(m_reasons, m_firstDay->date());
}

Suspension SuspensionDialog::suspension() const
{
    Suspension s;
    s.id = m_suspensionId;
    s.rowVersion = m_rowVersion;
    s.pupilId = m_pupilId;
    s.schoolId = m_school->currentData().toLongLong();
    s.firstDay = m_firstDay->date();
    s.startsAfternoon = m_afternoon->isChecked();
    s.lunchtime = m_lunchtime->isChecked();
    s.sessions = s.lunchtime ? 1 : qRound(m_days->value() * 2);
    s.decisionDate = optionalDate(m_decision);
    s.reasonCodes = forms::chosenReasonCodes(m_reasons);
    s.parentNotifiedOn = optionalDate(m_parent);
    s.governorsNotifiedOn = optionalDate(m_governors);
    s.laNotifiedOn = optionalDate(m_la);
    s.detail = m_detail->toPlainText().trimmed();
    s.socialWorkerNotifiedOn = optionalDate(m_socialWorker);
    s.virtualSchoolNotifiedOn = optionalDate(m_virtualSchool);
    s.reintegrationMeetingOn = optionalDate(m_reintegration);
    s.sixthDayProvision = m_sixthDayProvision->text().trimmed();
    s.sixthDayProvisionFrom = optionalDate(m_sixthDayFrom);
    s.boardReviewRequestedOn = optionalDate(m_boardRequested);
    s.boardReviewOn = optionalDate(m_boardReview);
    s.boardReviewOutcome = m_boardOutcome->currentData().toString();
    s.wouldMissExam = m_wouldMissExam->isChecked();
    s.cancelledOn = optionalDate(m_cancelled);
    return s;
}

bool SuspensionDialog::revalidate()
{
    const std::vector<FieldIssue> issues = checkSuspension(suspension(), m_others, m_psps, m_calendars);
    const bool ok = m_issues.show(issues);
    if (m_tabs != nullptr) {
        const bool followUpProblem = std::any_of(issues.begin(), issues.end(), [](const FieldIssue& issue) {
            return issue.severity == FieldIssue::Severity::Error && kFollowUpFields.contains(issue.field);
        });
        const bool firstPageProblem = std::any_of(issues.begin(), issues.end(), [](const FieldIssue& issue) {
            return issue.severity == FieldIssue::Severity::Error && !kFollowUpFields.contains(issue.field);
        });
        m_tabs->setTabText(0, firstPageProblem ? tr("Suspens&ion (!)") : tr("Suspens&ion"));
        m_tabs->setTabText(1, followUpProblem ? tr("Follow-&up (!)") : tr("Follow-&up"));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok && !m_loadFailed);
    return ok;
}

void SuspensionDialog::accept()
{
    if (!revalidate() || m_loadFailed) {
        return;
    }
    const Suspension s = suspension();
    if (!forms::confirmWarnings(this, checkSuspension(s, m_others, m_psps, m_calendars))) {
        return;
    }
    ExclusionRepository repository(m_db);
    if (m_suspensionId == 0) {
        auto saved = repository.insertSuspension(s);
        if (!saved) {
            m_saveError->setText(tr("Not saved: %1").arg(saved.error().message));
            m_saveError->show();
            return;
        }
        m_savedId = saved.value();
    } else {
        if (Status saved = repository.updateSuspension(s); !saved) {
            m_saveError->setText(tr("Not saved: %1").arg(saved.error().message));
            m_saveError->show();
            return;
        }
        m_savedId = m_suspensionId;
    }
    QDialog::accept();
}

} // namespace casebook
