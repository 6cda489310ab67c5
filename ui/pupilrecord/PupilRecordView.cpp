#include "pupilrecord/PupilRecordView.h"

#include "HistoryPdf.h"
#include "calendar/NationalCurriculumYear.h"
#include "calendar/UkDate.h"
#include "caserecords/RecordVoiding.h"
#include "common/ActivateOnEnter.h"
#include "common/RecordTable.h"
#include "dashboard/DueDeadlinesModel.h"
#include "history/HistoryRepository.h"
#include "history/HistoryView.h"
#include "history/TimelineRepository.h"
#include "pupilrecord/CaseChangeCommand.h"
#include "pupilrecord/RecordForms.h"
#include "pupilrecord/RecordListModel.h"
#include "repositories/PupilRepository.h"
#include "services/AlertService.h"
#include "services/CalendarService.h"
#include "services/PupilHeader.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <set>

namespace casebook {

namespace {

QString days(double d)
{
    return QString::number(d, 'g', 4);
}

QString senLabel(const QString& code)
{
    if (code == QLatin1String("E")) {
        return QObject::tr("EHC plan");
    }
    if (code == QLatin1String("K")) {
        return QObject::tr("SEN support");
    }
    return {};
}

QToolButton* toolButton(QWidget* parent, QAction* action, const QString& objectName)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

PupilRecordView::PupilRecordView(Database& db, qint64 pupilId, QWidget* parent)
    : QWidget(parent), m_db(db), m_pupilId(pupilId), m_identity(new QLabel(this)), m_figures(new QLabel(this)),
      m_message(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_deadlines(makeRecordTable(this, QStringLiteral("pupilDeadlines"), tr("Open deadlines for this pupil"))),
      m_deadlineModel(new DueDeadlinesModel(this)), m_history(new HistoryView(this)), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("pupilRecord"));
    m_identity->setObjectName(QStringLiteral("pupilIdentity"));
    m_identity->setTextFormat(Qt::RichText);
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_figures->setObjectName(QStringLiteral("pupilKeyFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_figures->setAccessibleName(tr("Key figures"));
    m_message->setObjectName(QStringLiteral("recordMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_deadlines->setModel(m_deadlineModel);
    m_deadlines->hideColumn(DueDeadlinesModel::Pupil);
    m_deadlines->hideColumn(DueDeadlinesModel::Upn);
    connect(m_history, &HistoryView::recordActivated, this,
            [this](CaseRecordKind kind, qint64 recordId) { openForm(kind, recordId); });

    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setAccessibleName(tr("Pupil's records"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(m_deadlines, tr("Dead&lines"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    addListTab(RecordListKind::Suspensions, tr("S&uspensions"), QStringLiteral("suspensionsList"));
    addListTab(RecordListKind::Exclusions, tr("Permanent e&xclusion"), QStringLiteral("exclusionsList"));
    addListTab(RecordListKind::Psps, tr("PSPs"), QStringLiteral("pspsList"));
    addListTab(RecordListKind::Referrals, tr("PIP referrals"), QStringLiteral("referralsList"));
    addListTab(RecordListKind::Support, tr("Support tried"), QStringLiteral("supportList"));
    addListTab(RecordListKind::Placements, tr("Place&ments"), QStringLiteral("placementsList"));
    addListTab(RecordListKind::Schools, tr("School history"), QStringLiteral("schoolsList"));
    addListTab(RecordListKind::Contacts, tr("Contacts"), QStringLiteral("contactsList"));
    addListTab(RecordListKind::Notes, tr("Case &notes"), QStringLiteral("notesList"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_identity);
    createActions();
    layout->addWidget(m_figures);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_tabs);
    reload();
}

void PupilRecordView::addListTab(RecordListKind kind, const QString& title, const QString& objectName)
{
    ListTab tab;
    tab.kind = kind;
    tab.table = makeRecordTable(this, objectName, QString(title).remove(QLatin1Char('&')));
    tab.model = new RecordListModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(tab.model);
    proxy->setSortRole(RecordListModel::SortRole);
    tab.table->setModel(proxy);
    tab.table->setSortingEnabled(true);
    tab.table->horizontalHeader()->setSortIndicatorShown(false);
    connect(tab.table, &QTableView::activated, this, [this] { editCurrent(); });
    ActivateOnEnter::install(tab.table);
    m_tabs->addTab(tab.table, title);
    m_lists.push_back(tab);
}

void PupilRecordView::createActions()
{
    auto* row = new QHBoxLayout;
    auto* addMenu = new QMenu(this);
    for (const RecordFormInfo& info : addableRecordForms()) {
        QAction* action = addMenu->addAction(info.addLabel);
        action->setShortcut(info.shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setObjectName(QStringLiteral("add_") + caseRecordKindId(info.kind));
        const CaseRecordKind kind = info.kind;
        connect(action, &QAction::triggered, this, [this, kind] { openForm(kind); });
        addAction(action); // the shortcut works without opening the menu
    }
    auto* add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addRecordButton"));
    add->setText(tr("&Add"));
    add->setAccessibleName(tr("Add a record"));
    add->setMenu(addMenu);
    add->setPopupMode(QToolButton::InstantPopup);
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* edit = new QAction(tr("&Edit"), this);
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->setToolTip(tr("Edit the selected record (F2 or Enter)"));
    connect(edit, &QAction::triggered, this, [this] { editCurrent(); });
    addAction(edit);
    auto* voidAction = new QAction(tr("&Void…"), this);
    voidAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    voidAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    voidAction->setToolTip(tr("Strike out the selected record entered in error, with a reason (Ctrl+Delete)"));
    connect(voidAction, &QAction::triggered, this, &PupilRecordView::voidSelected);
    addAction(voidAction);
    auto* details = new QAction(tr("Pupil deta&ils…"), this);
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    details->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    details->setToolTip(tr("Edit the pupil's identity, flags and social worker (Ctrl+Shift+I)"));
    connect(details, &QAction::triggered, this, [this] { openForm(CaseRecordKind::Pupil, m_pupilId); });
    addAction(details);
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);

    auto* exportPdf = new QAction(tr("Export history as &PDF…"), this);
    exportPdf->setObjectName(QStringLiteral("exportHistoryAction"));
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    exportPdf->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    exportPdf->setToolTip(tr("Save the pupil's history (timeline, figures, support tried and chronology) as a PDF "
                             "marked OFFICIAL-SENSITIVE (Ctrl+P)"));
    connect(exportPdf, &QAction::triggered, this, [this] {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("%1 history %2.pdf").arg(m_shortName, QDate::currentDate().toString(Qt::ISODate)));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the pupil's history"), suggested, tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            static_cast<void>(exportHistory(path)); // the outcome is shown under the header
        }
    });
    addAction(exportPdf);

    row->addWidget(add);
    row->addWidget(toolButton(this, edit, QStringLiteral("editRecordButton")));
    row->addWidget(toolButton(this, voidAction, QStringLiteral("voidRecordButton")));
    row->addWidget(toolButton(this, details, QStringLiteral("pupilDetailsButton")));
    row->addWidget(toolButton(this, exportPdf, QStringLiteral("exportHistoryButton")));
    row->addStretch(1);
    row->addWidget(toolButton(this, undo, QStringLiteral("undoButton")));
    row->addWidget(toolButton(this, redo, QStringLiteral("redoButton")));
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

const PupilRecordView::ListTab* PupilRecordView::currentListTab() const
{
    for (const ListTab& tab : m_lists) {
        if (m_tabs->currentWidget() == tab.table) {
            return &tab;
        }
    }
    return nullptr;
}

void PupilRecordView::editCurrent()
{
    const ListTab* tab = currentListTab();
    const QModelIndex index = tab != nullptr ? tab->table->currentIndex() : QModelIndex();
    if (!index.isValid()) {
        m_message->setText(tr("Choose a record in one of the record tabs first."));
        m_message->show();
        return;
    }
    openForm(static_cast<CaseRecordKind>(index.data(RecordListModel::KindRole).toInt()),
             index.data(RecordListModel::RecordIdRole).toLongLong());
}

void PupilRecordView::openForm(CaseRecordKind kind, qint64 recordId)
{
    m_message->hide();
    auto before = captureCase(m_db, m_pupilId, kind);
    std::unique_ptr<QDialog> form = createRecordForm(kind, m_db, m_pupilId, recordId, this);
    if (!before || form == nullptr) {
        m_message->setText(!before ? tr("The records could not be read: %1").arg(before.error().message)
                                   : tr("There is no form for editing a %1 yet.").arg(caseRecordKindName(kind)));
        m_message->show();
        return;
    }
    if (form->exec() != QDialog::Accepted) {
        return;
    }
    const QString what = caseRecordKindName(kind);
    pushChange(before.value(), kind, recordId == 0 ? tr("record a %1").arg(what) : tr("edit the %1").arg(what));
}

void PupilRecordView::showRecord(CaseRecordKind kind, qint64 recordId)
{
    for (const ListTab& tab : m_lists) {
        const QAbstractItemModel* model = tab.table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(RecordListModel::RecordIdRole).toLongLong() == recordId &&
                index.data(RecordListModel::KindRole).toInt() == static_cast<int>(kind)) {
                m_tabs->setCurrentWidget(tab.table);
                tab.table->setCurrentIndex(index);
                tab.table->setFocus();
                return;
            }
        }
    }
}

void PupilRecordView::voidSelected()
{
    const ListTab* tab = currentListTab();
    const QModelIndex index = tab != nullptr ? tab->table->currentIndex() : QModelIndex();
    if (!index.isValid() || index.data(RecordListModel::VoidedRole).toBool()) {
        m_message->setText(tr("Choose a record that is not already void in one of the record tabs first."));
        m_message->show();
        return;
    }
    const auto kind = static_cast<CaseRecordKind>(index.data(RecordListModel::KindRole).toInt());
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Void a record"),
                              tr("Why is this %1 void? It stays on file, struck out, and leaves every figure and "
                                 "deadline.")
                                  .arg(caseRecordKindName(kind)),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    auto before = captureCase(m_db, m_pupilId, kind);
    const Status voided = before
                              ? voidRecord(m_db, kind, index.data(RecordListModel::RecordIdRole).toLongLong(), reason)
                              : Status(before.error());
    if (!voided) {
        m_message->setText(tr("Not voided: %1").arg(voided.error().message));
        m_message->show();
        return;
    }
    pushChange(before.value(), kind, tr("void the %1").arg(caseRecordKindName(kind)));
}

void PupilRecordView::pushChange(const CaseSnapshot& before, CaseRecordKind kind, const QString& text)
{
    auto after = captureCase(m_db, m_pupilId, kind);
    if (after && !before.sameContentAs(after.value())) {
        m_undo->push(new CaseChangeCommand(m_db, before, std::move(after).value(), text,
                                           [this](const QString& error) { reportUndo(error); }));
    }
    reload(m_onDate);
    Q_EMIT recordsChanged();
}

void PupilRecordView::reportUndo(const QString& error)
{
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    reload(m_onDate);
    Q_EMIT recordsChanged();
}

void PupilRecordView::reload(QDate onDate)
{
    if (onDate.isValid()) {
        m_onDate = onDate;
    }
    const QDate on = m_onDate.isValid() ? m_onDate : QDate::currentDate();
    auto pupil = PupilRepository(m_db).findById(m_pupilId);
    auto status = AlertService(m_db).pupilStatus(m_pupilId, on);
    auto header = loadPupilHeader(m_db, m_pupilId, on);
    auto events = ChronologyRepository(m_db).eventsForPupil(m_pupilId);
    if (!pupil || !pupil->has_value() || !status || !events || !header) {
        const QString why = !pupil    ? pupil.error().message
                            : !status ? status.error().message
                            : !events ? events.error().message
                            : !header ? header.error().message
                                      : tr("The pupil is not in this database.");
        m_identity->setText(tr("<b>This pupil's record could not be loaded.</b> %1").arg(why.toHtmlEscaped()));
        return;
    }
    const Pupil& p = **pupil;
    const PupilStatus& s = status.value();
    const PupilHeader& h = header.value();
    m_shortName = p.legalSurname.toUpper() + QStringLiteral(", ") + p.legalForename;
    QStringList flags;
    if (!senLabel(h.sen).isEmpty()) {
        flags << senLabel(h.sen);
    }
    if (h.freeSchoolMeals) {
        flags << tr("FSM");
    }
    if (s.lookedAfter) {
        flags << tr("Looked after");
    }
    if (s.hasSocialWorker) {
        flags << tr("Has a social worker");
    }
    const QString year = s.ncYear == -99 ? QString() : nationalCurriculumYearName(s.ncYear);
    m_identity->setText(
        tr("<span style='font-size:16pt; font-weight:600'>%1</span>&nbsp;&nbsp; UPN %2 &nbsp; "
           "born %3 &nbsp; %4 &nbsp; %5 &nbsp; <b>%6</b>")
            .arg(p.displayName().toHtmlEscaped(), p.upn.isEmpty() ? tr("(none)") : p.upn.toHtmlEscaped(),
                 ukDate(p.dateOfBirth), year,
                 h.currentSchool.isEmpty() ? tr("not on a school roll") : h.currentSchool.toHtmlEscaped(),
                 flags.join(QStringLiteral(", ")).toHtmlEscaped()));

    const PupilKeyFigures& f = s.figures;
    int overdue = 0;
    for (const AlertRow& r : s.deadlines) {
        overdue += r.deadline.overdue ? 1 : 0;
    }
    QString limit =
        tr("Suspension days %1: <b>%2 of %3</b>").arg(f.year.label(), days(f.limit.days)).arg(f.limit.limit);
    if (f.limit.breached) {
        limit += tr(" <span style='color:#b00020'><b>over the limit</b></span>");
    }
    if (f.limit.estimated) {
        limit += tr(" (estimated)");
    }
    const QString psp =
        h.openPspSince.isValid() ? tr("PSP open since %1").arg(ukDate(h.openPspSince)) : tr("No open PSP");
    QString pip = tr("No PIP referral");
    if (!h.pipStatus.isEmpty()) {
        pip = tr("PIP referral %1: %2").arg(ukDate(h.pipReceived), RecordListModel::plainWords(h.pipStatus).toLower());
        if (!h.pipDecision.isEmpty()) {
            pip += QStringLiteral(" (") + RecordListModel::plainWords(h.pipDecision).toLower() + QLatin1Char(')');
        }
    }
    const QString dot = QStringLiteral(" &nbsp;&middot;&nbsp; ");
    m_figures->setText(
        limit + dot +
        tr("This term (%1): %2, %3 days")
            .arg(f.currentTerm.displayName(),
                 f.suspensionsThisTerm == 1 ? tr("1 suspension") : tr("%1 suspensions").arg(f.suspensionsThisTerm),
                 days(f.daysThisTerm)) +
        dot + psp.toHtmlEscaped() + dot + pip.toHtmlEscaped() + dot +
        tr("Open deadlines: %1 (%2 overdue)").arg(s.deadlines.size()).arg(overdue) + dot +
        tr("Keep until %1").arg(ukDate(s.retentionDate)));
    m_deadlineModel->setRows(s.deadlines);
    loadHistory(std::move(events).value(), on);
    for (ListTab& tab : m_lists) {
        auto list = RecordListRepository(m_db).list(tab.kind, m_pupilId);
        if (list) {
            tab.model->setList(std::move(list).value());
        } else {
            m_message->setText(tr("Some records could not be read: %1").arg(list.error().message));
            m_message->show();
        }
    }
}

Status PupilRecordView::exportHistory(const QString& path)
{
    const QDate on = m_onDate.isValid() ? m_onDate : QDate::currentDate();
    const Status written = printing::writeHistoryPdf(m_db, m_pupilId, path, on);
    if (written) {
        m_message->setText(tr("History saved to %1. It is OFFICIAL-SENSITIVE: keep it and any printout secure.")
                               .arg(QDir::toNativeSeparators(path)));
    } else {
        m_message->setText(tr("The history was not exported: %1").arg(written.error().message));
    }
    m_message->show();
    return written;
}

void PupilRecordView::loadHistory(QVector<ChronologyEvent> events, QDate on)
{
    // The timeline in one query; the calendars of the schools it names; the figures and support tried.
    auto timeline = TimelineRepository(m_db).timelineForPupil(m_pupilId, on);
    std::set<qint64> schools;
    if (timeline) {
        for (const auto& [id, name] : timeline->schoolNames) {
            schools.insert(id);
        }
    }
    auto calendars = timeline ? loadCalendarSet(m_db, schools) : Result<CalendarSet>(timeline.error());
    auto history = calendars ? HistoryRepository(m_db).historyForPupil(m_pupilId, calendars.value(), on)
                             : Result<PupilHistory>(calendars.error());
    if (!history) {
        m_message->setText(tr("The pupil's history could not be read: %1").arg(history.error().message));
        m_message->show();
        m_history->setHistory(std::move(events), PupilHistory{}, buildTimeline({}, on));
        return;
    }
    m_history->setHistory(std::move(events), history.value(), std::move(timeline).value());
}

} // namespace casebook
