#include "pupilrecord/PupilRecordView.h"

#include "calendar/NationalCurriculumYear.h"
#include "calendar/UkDate.h"
#include "dashboard/DueDeadlinesModel.h"
#include "forms/SuspensionDialog.h"
#include "pupilrecord/ChronologyModel.h"
#include "repositories/PupilRepository.h"
#include "services/AlertService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook {

namespace {

QTableView* makeTable(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString days(double d)
{
    return QString::number(d, 'g', 4);
}

} // namespace

PupilRecordView::PupilRecordView(Database& db, qint64 pupilId, QWidget* parent)
    : QWidget(parent), m_db(db), m_pupilId(pupilId), m_identity(new QLabel(this)), m_figures(new QLabel(this)),
      m_deadlines(makeTable(this, QStringLiteral("pupilDeadlines"), tr("Open deadlines for this pupil"))),
      m_chronology(makeTable(this, QStringLiteral("pupilChronology"), tr("Chronology"))),
      m_deadlineModel(new DueDeadlinesModel(this)), m_chronologyModel(new ChronologyModel(this))
{
    setObjectName(QStringLiteral("pupilRecord"));
    m_identity->setObjectName(QStringLiteral("pupilIdentity"));
    m_identity->setTextFormat(Qt::RichText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_figures->setObjectName(QStringLiteral("pupilKeyFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAccessibleName(tr("Key figures"));
    m_deadlines->setModel(m_deadlineModel);
    m_deadlines->hideColumn(DueDeadlinesModel::Pupil);
    m_deadlines->hideColumn(DueDeadlinesModel::Upn);
    m_chronology->setModel(m_chronologyModel);

    auto* deadlinesLabel = new QLabel(tr("Open &deadlines"), this);
    deadlinesLabel->setBuddy(m_deadlines);
    auto* chronologyLabel = new QLabel(tr("&Chronology (newest first)"), this);
    chronologyLabel->setBuddy(m_chronology);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(deadlinesLabel);
    topLayout->addWidget(m_deadlines);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(chronologyLabel);
    bottomLayout->addWidget(m_chronology);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);

    auto* addSuspension = new QPushButton(tr("Record a &suspension…"), this);
    addSuspension->setObjectName(QStringLiteral("addSuspensionButton"));
    addSuspension->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    addSuspension->setToolTip(tr("Record a suspension (Ctrl+Shift+S)"));
    connect(addSuspension, &QPushButton::clicked, this, [this] {
        SuspensionDialog dialog(m_db, m_pupilId, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
        }
    });
    auto* actions = new QHBoxLayout;
    actions->addWidget(addSuspension);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_identity);
    layout->addLayout(actions);
    layout->addWidget(m_figures);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_deadlines);
    reload();
}

void PupilRecordView::reload(QDate onDate)
{
    const QDate on = onDate.isValid() ? onDate : QDate::currentDate();
    auto pupil = PupilRepository(m_db).findById(m_pupilId);
    auto status = AlertService(m_db).pupilStatus(m_pupilId, on);
    auto events = ChronologyRepository(m_db).eventsForPupil(m_pupilId);
    if (!pupil || !pupil->has_value() || !status || !events) {
        const QString why = !pupil    ? pupil.error().message
                            : !status ? status.error().message
                            : !events ? events.error().message
                                      : tr("The pupil is not in this database.");
        m_identity->setText(tr("<b>This pupil's record could not be loaded.</b> %1").arg(why.toHtmlEscaped()));
        return;
    }
    const Pupil& p = **pupil;
    const PupilStatus& s = status.value();
    m_shortName = p.legalSurname.toUpper() + QStringLiteral(", ") + p.legalForename;
    QStringList flags;
    if (s.lookedAfter) {
        flags << tr("Looked after");
    }
    if (s.hasSocialWorker) {
        flags << tr("Has a social worker");
    }
    const QString year = s.ncYear == -99 ? QString() : nationalCurriculumYearName(s.ncYear);
    m_identity->setText(tr("<span style='font-size:16pt; font-weight:600'>%1</span>&nbsp;&nbsp; UPN %2 &nbsp; "
                           "born %3 &nbsp; %4 &nbsp; <b>%5</b>")
                            .arg(p.displayName().toHtmlEscaped(),
                                 p.upn.isEmpty() ? tr("(none)") : p.upn.toHtmlEscaped(), ukDate(p.dateOfBirth), year,
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
    m_figures->setText(
        limit + QStringLiteral(" &nbsp;&middot;&nbsp; ") +
        tr("This term (%1): %2, %3 days")
            .arg(f.currentTerm.displayName(),
                 f.suspensionsThisTerm == 1 ? tr("1 suspension") : tr("%1 suspensions").arg(f.suspensionsThisTerm),
                 days(f.daysThisTerm)) +
        QStringLiteral(" &nbsp;&middot;&nbsp; ") +
        tr("Open deadlines: %1 (%2 overdue)").arg(s.deadlines.size()).arg(overdue) +
        QStringLiteral(" &nbsp;&middot;&nbsp; ") + tr("Keep until %1").arg(ukDate(s.retentionDate)));
    m_deadlineModel->setRows(s.deadlines);
    m_chronologyModel->setEvents(std::move(events).value());
}

} // namespace casebook
