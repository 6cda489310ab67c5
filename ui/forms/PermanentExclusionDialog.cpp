#include "forms/PermanentExclusionDialog.h"

#include "db/Database.h"
#include "repositories/CaseFactsRepository.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/SchoolRepository.h"
#include "rules/ReasonCodes.h"
#include "services/CalendarService.h"
#include "services/ExclusionCheck.h"
#include "services/ExclusionStageDeadlines.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <map>

namespace casebook {

using forms::optionalDate;
using forms::setOptionalDate;

namespace {

enum Tab
{
    DecisionTab,
    BoardTab,
    ReviewPanelTab,
    AfterwardsTab,
};

// The tab each checked field is on, to mark a tab that holds a problem.
const std::map<QString, int>& fieldTabs()
{
    static const std::map<QString, int> tabs = {
        {QStringLiteral("previousExclusion"), DecisionTab}, {QStringLiteral("decisionDate"), DecisionTab},
        {QStringLiteral("effectiveDate"), DecisionTab},     {QStringLiteral("reasons"), DecisionTab},
        {QStringLiteral("boardMeeting"), BoardTab},         {QStringLiteral("boardNotice"), BoardTab},
        {QStringLiteral("irpApplication"), ReviewPanelTab}, {QStringLiteral("irpMeeting"), ReviewPanelTab},
        {QStringLiteral("irpDecision"), ReviewPanelTab},    {QStringLiteral("reconsideration"), AfterwardsTab},
        {QStringLiteral("laProvisionFrom"), AfterwardsTab}, {QStringLiteral("withdrawnOn"), AfterwardsTab},
    };
    return tabs;
}

QString tabTitle(int tab)
{
    switch (tab) {
    case DecisionTab:
        return QObject::tr("&Decision");
    case BoardTab:
        return QObject::tr("&Governing board");
    case ReviewPanelTab:
        return QObject::tr("Review &panel");
    default:
        return QObject::tr("&Afterwards");
    }
}

const std::vector<std::pair<QString, QString>>& boardOutcomes()
{
    static const std::vector<std::pair<QString, QString>> choices = {
        {QObject::tr("(not recorded)"), QString()},
        {QObject::tr("Upheld the exclusion"), QStringLiteral("upheld")},
        {QObject::tr("Reinstated the pupil"), QStringLiteral("reinstated")},
    };
    return choices;
}

const std::vector<std::pair<QString, QString>>& panelOutcomes()
{
    static const std::vector<std::pair<QString, QString>> choices = {
        {QObject::tr("(not recorded)"), QString()},
        {QObject::tr("Upheld the board's decision"), QStringLiteral("upheld")},
        {QObject::tr("Recommended the board reconsider"), QStringLiteral("recommend_reconsideration")},
        {QObject::tr("Quashed the decision and directed the board to reconsider"),
         QStringLiteral("quash_direct_reconsideration")},
    };
    return choices;
}

QComboBox* makeCombo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    return combo;
}

QLineEdit* makeLineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

PermanentExclusionDialog::PermanentExclusionDialog(Database& db, qint64 pupilId, qint64 exclusionId, QWidget* parent)
    : QDialog(parent), m_db(db), m_pupilId(pupilId), m_exclusionId(exclusionId), m_issues(this)
{
    setObjectName(QStringLiteral("permanentExclusionDialog"));
    setWindowTitle(exclusionId == 0 ? tr("Record a permanent exclusion") : tr("Edit a permanent exclusion"));

    // Fields are created page by page, so the tab order runs through the Decision tab first.
    QWidget* pages[] = {buildDecisionPage(), buildBoardPage(), buildReviewPanelPage(), buildAfterwardsPage()};
    m_saveError = forms::makeSaveErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("stageTabs"));
    m_tabs->setAccessibleName(tr("Stages of the exclusion"));
    for (int tab = DecisionTab; tab <= AfterwardsTab; ++tab) {
        m_tabs->addTab(pages[tab], tabTitle(tab));
    }
    forms::addTabShortcuts(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    if (exclusionId == 0) {
        // The school the pupil is at, or was at last: never an unrelated school that sorts first.
        const auto latestSchool = SchoolRepository(db).latestSchoolOf(pupilId);
        forms::fillSchoolCombo(db, m_school, latestSchool ? latestSchool.value() : 0);
        fillReasons();
    } else {
        load(exclusionId); // the pupil is the record's
    }
    // The calendar, the pupil's facts and other exclusions don't change while the form is open: load them once.
    if (auto calendars = loadCalendarSet(m_db)) {
        m_calendars = calendars.value();
    }
    if (auto record = CaseFactsRepository(m_db).caseForPupil(m_pupilId, QDate(9999, 12, 31))) {
        m_pupil = record->facts;
    }
    if (auto others = ExclusionRepository(m_db).exclusionsForPupil(m_pupilId)) {
        m_others = others.value();
    }
    connectChanges();
    revalidate();
    m_decision->setFocus();
}

QDateEdit* PermanentExclusionDialog::makeOptionalDate(const QString& objectName, const QString& accessibleName)
{
    return forms::makeDateEdit(this, objectName, accessibleName, true);
}

QLabel* PermanentExclusionDialog::makeDeadlineLabel(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color:#1f4e79"));
    label->hide();
    return label;
}

QWidget* PermanentExclusionDialog::buildDecisionPage()
{
    m_school = makeCombo(this, QStringLiteral("schoolCombo"), tr("School"));
    m_decision =
        forms::makeDateEdit(this, QStringLiteral("decisionDateEdit"), tr("Date of the headteacher's decision"), false);
    m_effective =
        forms::makeDateEdit(this, QStringLiteral("effectiveDateEdit"), tr("First day the pupil is excluded"), false);
    for (int i = 0; i < 3; ++i) {
        m_reasons[i] = makeCombo(this, QStringLiteral("reason%1Combo").arg(i + 1), tr("Reason %1").arg(i + 1));
        m_reasons[i]->setSizeAdjustPolicy(QComboBox::AdjustToContents); // reasons are read in full
    }
    m_wouldMissExam = new QCheckBox(tr("Would miss a public e&xam or national curriculum test"), this);
    m_wouldMissExam->setObjectName(QStringLiteral("wouldMissExamCheck"));
    m_wouldMissExam->setAccessibleName(tr("Would miss a public exam or national curriculum test"));
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("detailEdit"));
    m_detail->setAccessibleName(tr("What happened"));
    m_detail->setTabChangesFocus(true);
    m_detail->setMaximumHeight(70);
    m_parent = makeOptionalDate(QStringLiteral("parentNotifiedEdit"), tr("Parent notified on"));
    m_governors = makeOptionalDate(QStringLiteral("governorsNotifiedEdit"), tr("Governing board notified on"));
    m_la = makeOptionalDate(QStringLiteral("laNotifiedEdit"), tr("LA notified on"));
    m_socialWorker = makeOptionalDate(QStringLiteral("socialWorkerNotifiedEdit"), tr("Social worker notified on"));
    m_virtualSchool =
        makeOptionalDate(QStringLiteral("virtualSchoolNotifiedEdit"), tr("Virtual school head notified on"));
    m_notificationsDue = makeDeadlineLabel(QStringLiteral("notificationsDeadline"));

    auto* page = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Sc&hool:"), m_school);
    form->addRow(QString(), m_issues.add(QStringLiteral("school")));
    form->addRow(QString(), m_issues.add(QStringLiteral("previousExclusion")));
    form->addRow(tr("Dec&ision on:"), m_decision);
    form->addRow(QString(), m_issues.add(QStringLiteral("decisionDate")));
    form->addRow(tr("&First day excluded:"), m_effective);
    form->addRow(QString(), m_issues.add(QStringLiteral("effectiveDate")));
    form->addRow(tr("&Reason 1:"), m_reasons[0]);
    form->addRow(tr("Reason &2:"), m_reasons[1]);
    form->addRow(tr("Reason &3:"), m_reasons[2]);
    form->addRow(QString(), m_issues.add(QStringLiteral("reasons")));
    form->addRow(QString(), m_wouldMissExam);
    form->addRow(tr("&What happened:"), m_detail);

    auto* notified = new QGroupBox(tr("Notified by the headteacher on"), page);
    notified->setObjectName(QStringLiteral("notifiedGroup"));
    auto* notifiedForm = new QFormLayout(notified);
    notifiedForm->addRow(tr("Paren&t:"), m_parent);
    notifiedForm->addRow(tr("Governing &board:"), m_governors);
    notifiedForm->addRow(tr("&LA:"), m_la);
    notifiedForm->addRow(tr("Social wor&ker:"), m_socialWorker);
    notifiedForm->addRow(tr("&Virtual school head:"), m_virtualSchool);
    notifiedForm->addRow(m_notificationsDue);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(notified);
    layout->addStretch();
    return page;
}

QWidget* PermanentExclusionDialog::buildBoardPage()
{
    m_boardDue = makeDeadlineLabel(QStringLiteral("boardDeadline"));
    m_boardMeeting = makeOptionalDate(QStringLiteral("boardMeetingEdit"), tr("Governing board met on"));
    m_boardOutcome = makeCombo(this, QStringLiteral("boardOutcomeCombo"), tr("Governing board's decision"));
    forms::fillChoiceCombo(m_boardOutcome, boardOutcomes(), QString());
    m_boardNotice =
        makeOptionalDate(QStringLiteral("boardNoticeEdit"), tr("Board's decision notice sent to the parent on"));

    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(m_boardDue);
    form->addRow(tr("&Met on:"), m_boardMeeting);
    form->addRow(QString(), m_issues.add(QStringLiteral("boardMeeting")));
    form->addRow(tr("&Outcome:"), m_boardOutcome);
    form->addRow(tr("Decision &notice sent on:"), m_boardNotice);
    form->addRow(QString(), m_issues.add(QStringLiteral("boardNotice")));
    return page;
}

QWidget* PermanentExclusionDialog::buildReviewPanelPage()
{
    m_reviewPanelDue = makeDeadlineLabel(QStringLiteral("reviewPanelDeadline"));
    m_irpApplication =
        makeOptionalDate(QStringLiteral("irpApplicationEdit"), tr("Parent applied for an independent review on"));
    m_irpMeeting = makeOptionalDate(QStringLiteral("irpMeetingEdit"), tr("Independent review panel met on"));
    m_irpOutcome = makeCombo(this, QStringLiteral("irpOutcomeCombo"), tr("Independent review panel's decision"));
    forms::fillChoiceCombo(m_irpOutcome, panelOutcomes(), QString());
    m_irpDecision = makeOptionalDate(QStringLiteral("irpDecisionEdit"), tr("Date of the panel's decision"));

    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(m_reviewPanelDue);
    form->addRow(tr("Appl&ication on:"), m_irpApplication);
    form->addRow(QString(), m_issues.add(QStringLiteral("irpApplication")));
    form->addRow(tr("Panel &met on:"), m_irpMeeting);
    form->addRow(QString(), m_issues.add(QStringLiteral("irpMeeting")));
    form->addRow(tr("&Outcome:"), m_irpOutcome);
    form->addRow(tr("Panel's decisio&n on:"), m_irpDecision);
    form->addRow(QString(), m_issues.add(QStringLiteral("irpDecision")));
    return page;
}

QWidget* PermanentExclusionDialog::buildAfterwardsPage()
{
    m_reconsiderationDue = makeDeadlineLabel(QStringLiteral("reconsiderationDeadline"));
    m_reconsideration = makeOptionalDate(QStringLiteral("reconsiderationEdit"), tr("Board reconsidered on"));
    m_reconsiderationOutcome =
        makeCombo(this, QStringLiteral("reconsiderationOutcomeCombo"), tr("Board's decision on reconsideration"));
    forms::fillChoiceCombo(m_reconsiderationOutcome, boardOutcomes(), QString());
    m_sixthDayDue = makeDeadlineLabel(QStringLiteral("sixthDayDeadline"));
    m_laProvisionFrom = makeOptionalDate(QStringLiteral("laProvisionFromEdit"), tr("LA provision from"));
    m_laProvisionDetail = makeLineEdit(this, QStringLiteral("laProvisionDetailEdit"), tr("LA provision detail"));
    m_laProvisionDetail->setPlaceholderText(tr("e.g. pupil referral unit, five days a week"));
    m_destination = makeLineEdit(this, QStringLiteral("destinationEdit"), tr("Destination"));
    m_destination->setPlaceholderText(tr("where the pupil went next"));
    m_withdrawn = makeOptionalDate(QStringLiteral("withdrawnEdit"), tr("Withdrawn by the headteacher on"));

    auto* page = new QWidget(this);
    auto* reconsidered = new QGroupBox(tr("Reconsideration by the board"), page);
    auto* reconsideredForm = new QFormLayout(reconsidered);
    reconsideredForm->addRow(m_reconsiderationDue);
    reconsideredForm->addRow(tr("Reconsidered o&n:"), m_reconsideration);
    reconsideredForm->addRow(tr("O&utcome:"), m_reconsiderationOutcome);
    reconsideredForm->addRow(QString(), m_issues.add(QStringLiteral("reconsideration")));

    auto* provision = new QGroupBox(tr("Sixth-day provision and destination"), page);
    auto* provisionForm = new QFormLayout(provision);
    provisionForm->addRow(m_sixthDayDue);
    provisionForm->addRow(tr("LA provision &from:"), m_laProvisionFrom);
    provisionForm->addRow(QString(), m_issues.add(QStringLiteral("laProvisionFrom")));
    provisionForm->addRow(tr("Provision deta&il:"), m_laProvisionDetail);
    provisionForm->addRow(tr("D&estination:"), m_destination);
    provisionForm->addRow(tr("&Withdrawn on:"), m_withdrawn);
    provisionForm->addRow(QString(), m_issues.add(QStringLiteral("withdrawnOn")));

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(reconsidered);
    layout->addWidget(provision);
    layout->addStretch();
    return page;
}

void PermanentExclusionDialog::connectChanges()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PermanentExclusionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PermanentExclusionDialog::reject);
    connect(m_decision, &QDateEdit::dateChanged, this, [this] {
        fillReasons(); // the reasons in force on the decision date
        revalidate();
    });
    for (QDateEdit* edit :
         {m_effective, m_parent, m_governors, m_la, m_socialWorker, m_virtualSchool, m_boardMeeting, m_boardNotice,
          m_irpApplication, m_irpMeeting, m_irpDecision, m_reconsideration, m_laProvisionFrom, m_withdrawn}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    }
    for (QComboBox* combo :
         {m_school, m_reasons[0], m_reasons[1], m_reasons[2], m_boardOutcome, m_irpOutcome, m_reconsiderationOutcome}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    }
    connect(m_wouldMissExam, &QCheckBox::toggled, this, [this] { revalidate(); });
}

void PermanentExclusionDialog::load(qint64 exclusionId)
{
    auto loaded = ExclusionRepository(m_db).loadExclusion(exclusionId);
    if (!loaded) {
        forms::fillSchoolCombo(m_db, m_school, 0);
        fillReasons();
        m_saveError->setText(tr("Could not open the exclusion: %1").arg(loaded.error().message));
        m_saveError->show();
        m_loadFailed = true;
        return;
    }
    const PermanentExclusion& x = loaded.value();
    m_pupilId = x.pupilId;
    m_rowVersion = x.rowVersion;
    forms::fillSchoolCombo(m_db, m_school, x.schoolId);
    m_decision->setDate(x.decisionDate);
    m_effective->setDate(x.effectiveDate.isValid() ? x.effectiveDate : x.decisionDate);
    fillReasons();
    for (int i = 0; i < 3; ++i) {
        const QString code = i < x.reasonCodes.size() ? x.reasonCodes.at(i) : QString();
        m_reasons[i]->setCurrentIndex(std::max(0, m_reasons[i]->findData(code)));
    }
    m_wouldMissExam->setChecked(x.wouldMissExam);
    m_detail->setPlainText(x.detail);
    setOptionalDate(m_parent, x.parentNotifiedOn);
    setOptionalDate(m_governors, x.governorsNotifiedOn);
    setOptionalDate(m_la, x.laNotifiedOn);
    setOptionalDate(m_socialWorker, x.socialWorkerNotifiedOn);
    setOptionalDate(m_virtualSchool, x.virtualSchoolNotifiedOn);
    setOptionalDate(m_boardMeeting, x.boardMeetingOn);
    forms::fillChoiceCombo(m_boardOutcome, boardOutcomes(), x.boardOutcome);
    setOptionalDate(m_boardNotice, x.boardDecisionNoticeSentOn);
    setOptionalDate(m_irpApplication, x.irpApplicationOn);
    setOptionalDate(m_irpMeeting, x.irpMeetingOn);
    forms::fillChoiceCombo(m_irpOutcome, panelOutcomes(), x.irpOutcome);
    setOptionalDate(m_irpDecision, x.irpDecisionOn);
    setOptionalDate(m_reconsideration, x.reconsiderationOn);
    forms::fillChoiceCombo(m_reconsiderationOutcome, boardOutcomes(), x.reconsiderationOutcome);
    setOptionalDate(m_laProvisionFrom, x.laProvisionFrom);
    m_laProvisionDetail->setText(x.laProvisionDetail);
    m_destination->setText(x.destination);
    setOptionalDate(m_withdrawn, x.withdrawnOn);
}

void PermanentExclusionDialog::fillReasons()
{
    forms::fillReasonCombos(m_reasons, m_decision->date());
}

PermanentExclusion PermanentExclusionDialog::exclusion() const
{
    PermanentExclusion x;
    x.id = m_exclusionId;
    x.rowVersion = m_rowVersion;
    x.pupilId = m_pupilId;
    x.schoolId = m_school->currentData().toLongLong();
    x.decisionDate = m_decision->date();
    x.effectiveDate = m_effective->date();
    x.reasonCodes = forms::chosenReasonCodes(m_reasons);
    x.wouldMissExam = m_wouldMissExam->isChecked();
    x.detail = m_detail->toPlainText().trimmed();
    x.parentNotifiedOn = optionalDate(m_parent);
    x.governorsNotifiedOn = optionalDate(m_governors);
    x.laNotifiedOn = optionalDate(m_la);
    x.socialWorkerNotifiedOn = optionalDate(m_socialWorker);
    x.virtualSchoolNotifiedOn = optionalDate(m_virtualSchool);
    x.boardMeetingOn = optionalDate(m_boardMeeting);
    x.boardOutcome = m_boardOutcome->currentData().toString();
    x.boardDecisionNoticeSentOn = optionalDate(m_boardNotice);
    x.irpApplicationOn = optionalDate(m_irpApplication);
    x.irpMeetingOn = optionalDate(m_irpMeeting);
    x.irpOutcome = m_irpOutcome->currentData().toString();
    x.irpDecisionOn = optionalDate(m_irpDecision);
    x.reconsiderationOn = optionalDate(m_reconsideration);
    x.reconsiderationOutcome = m_reconsiderationOutcome->currentData().toString();
    x.laProvisionFrom = optionalDate(m_laProvisionFrom);
    x.laProvisionDetail = m_laProvisionDetail->text().trimmed();
    x.destination = m_destination->text().trimmed();
    x.withdrawnOn = optionalDate(m_withdrawn);
    return x;
}

void PermanentExclusionDialog::markTabs(const std::vector<FieldIssue>& issues)
{
    bool problem[AfterwardsTab + 1] = {};
    for (const FieldIssue& issue : issues) {
        const auto tab = fieldTabs().find(issue.field);
        if (issue.severity == FieldIssue::Severity::Error && tab != fieldTabs().end()) {
            problem[tab->second] = true;
        }
    }
    for (int tab = DecisionTab; tab <= AfterwardsTab; ++tab) {
        m_tabs->setTabText(tab, problem[tab] ? tabTitle(tab) + tr(" (!)") : tabTitle(tab));
        m_tabs->setTabToolTip(tab, problem[tab] ? tr("Something on this tab needs correcting") : QString());
    }
}

bool PermanentExclusionDialog::revalidate()
{
    const PermanentExclusion x = exclusion();
    const std::vector<FieldIssue> issues = checkExclusion(x, m_others, m_calendars);
    const bool ok = m_issues.show(issues);
    markTabs(issues);
    const ExclusionStageDeadlines due = exclusionStageDeadlines(x, m_pupil, m_calendars);
    const std::pair<QLabel*, QString> notes[] = {{m_notificationsDue, due.notifications},
                                                 {m_boardDue, due.board},
                                                 {m_reviewPanelDue, due.reviewPanel},
                                                 {m_reconsiderationDue, due.reconsideration},
                                                 {m_sixthDayDue, due.sixthDay}};
    for (const auto& [label, text] : notes) {
        label->setText(text);
        label->setAccessibleDescription(text);
        label->setVisible(!text.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok && !m_loadFailed);
    return ok;
}

void PermanentExclusionDialog::accept()
{
    if (!revalidate() || m_loadFailed) {
        return;
    }
    const PermanentExclusion x = exclusion();
    if (!forms::confirmWarnings(this, checkExclusion(x, m_others, m_calendars))) {
        return;
    }
    ExclusionRepository repository(m_db);
    if (m_exclusionId == 0) {
        auto saved = repository.insertExclusion(x);
        if (!saved) {
            m_saveError->setText(tr("Not saved: %1").arg(saved.error().message));
            m_saveError->show();
            return;
        }
        m_savedId = saved.value();
    } else {
        if (Status saved = repository.updateExclusion(x); !saved) {
            m_saveError->setText(tr("Not saved: %1").arg(saved.error().message));
            m_saveError->show();
            return;
        }
        m_savedId = m_exclusionId;
    }
    QDialog::accept();
}

} // namespace casebook
