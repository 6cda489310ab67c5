#include "history/HistoryView.h"

#include "common/ActivateOnEnter.h"
#include "common/RecordTable.h"
#include "forms/FormSupport.h"
#include "history/ChronologyFilterModel.h"
#include "history/SupportSummary.h"
#include "history/TimelineWidget.h"
#include "history/YearlyFiguresModel.h"
#include "pupilrecord/ChronologyModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casebook {

namespace {

QTableView* makeTable(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    QTableView* table = makeRecordTable(parent, objectName, accessibleName);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8); // room for the history's marks
    return table;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

HistoryView::HistoryView(QWidget* parent)
    : QWidget(parent), m_timeline(new TimelineWidget(this)), m_model(new ChronologyModel(this)),
      m_filter(new ChronologyFilterModel(this)),
      m_chronology(makeTable(this, QStringLiteral("pupilChronology"), tr("Chronology"))),
      m_figuresModel(new YearlyFiguresModel(this))
{
    setObjectName(QStringLiteral("pupilHistory"));
    m_filter->setSourceModel(m_model);
    m_chronology->setModel(m_filter);
    m_chronology->setAccessibleDescription(tr("Every dated event; Enter opens the event's record"));
    ActivateOnEnter::install(m_chronology);
    connect(m_chronology, &QTableView::activated, this, &HistoryView::activateRow);
    connect(m_timeline, &TimelineWidget::recordActivated, this, &HistoryView::recordActivated);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &HistoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HistoryView::updateCount);

    auto* chronologyPanel = new QWidget(this);
    auto* left = new QVBoxLayout(chronologyPanel);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(makeFilterRow());
    left->addWidget(m_chronology, 1);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("historySplit"));
    lower->setChildrenCollapsible(false);
    lower->addWidget(chronologyPanel);
    lower->addWidget(makeSummaryPanel());
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setSizes({780, 560});

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("historyTimelineSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_timeline);
    m_split->addWidget(lower);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({220, 400});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_split);

    setTabOrder(m_timeline, m_group);
    setTabOrder(m_group, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_order);
    setTabOrder(m_order, m_chronology);
    setTabOrder(m_chronology, m_figures);
    setTabOrder(m_figures, m_support);
    setFocusProxy(m_chronology);
    updateCount();
}

QWidget* HistoryView::makeFilterRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    m_group = new QComboBox(row);
    m_group->setObjectName(QStringLiteral("chronologyKind"));
    m_group->setAccessibleName(tr("Show events of kind"));
    m_group->addItem(tr("All kinds of event"), -1);
    for (const ChronologyGroupInfo& info : chronologyGroups()) {
        m_group->addItem(info.name, static_cast<int>(info.group));
    }
    m_from = forms::makeDateEdit(row, QStringLiteral("chronologyFrom"), tr("Events dated from"), true);
    m_to = forms::makeDateEdit(row, QStringLiteral("chronologyTo"), tr("Events dated up to"), true);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(tr("not recorded")) + 48);
    }
    m_from->setToolTip(tr("Leave as not recorded to start from the first event; Delete clears it"));
    m_to->setToolTip(tr("Leave as not recorded to run to the latest event; Delete clears it"));
    m_order = new QComboBox(row);
    m_order->setObjectName(QStringLiteral("chronologyOrder"));
    m_order->setAccessibleName(tr("Order of events"));
    m_order->addItem(tr("Newest first"), true);
    m_order->addItem(tr("Oldest first"), false);
    m_count = new QLabel(row);
    m_count->setObjectName(QStringLiteral("chronologyCount"));

    layout->addWidget(buddyLabel(tr("Sho&w:"), m_group, row));
    layout->addWidget(m_group);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("&Between"), m_from, row));
    layout->addWidget(m_from);
    layout->addWidget(buddyLabel(tr("and"), m_to, row));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("&Order:"), m_order, row));
    layout->addWidget(m_order);
    layout->addStretch(1);
    layout->addWidget(m_count);

    connect(m_group, qOverload<int>(&QComboBox::currentIndexChanged), this, &HistoryView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);
    connect(m_order, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setNewestFirst(m_order->currentData().toBool()); });
    return row;
}

QWidget* HistoryView::makeSummaryPanel()
{
    m_figures = makeTable(this, QStringLiteral("yearlyFigures"), tr("Key figures by academic year"));
    m_figures->setModel(m_figuresModel);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->setFocusPolicy(Qt::StrongFocus);
    m_support = new QTextBrowser(this);
    m_support->setObjectName(QStringLiteral("supportTried"));
    m_support->setAccessibleName(tr("Support tried before each permanent exclusion"));
    m_support->setOpenLinks(false);
    m_support->setTabChangesFocus(true);
    m_support->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    const auto titled = [this](const QString& title, QWidget* body) {
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(buddyLabel(title, body, box));
        layout->addWidget(body, 1);
        return box;
    };
    m_summarySplit = new QSplitter(Qt::Vertical, this);
    m_summarySplit->setObjectName(QStringLiteral("historySummarySplit"));
    m_summarySplit->setChildrenCollapsible(false);
    m_summarySplit->addWidget(titled(tr("<b>&Key figures by year</b>"), m_figures));
    m_summarySplit->addWidget(titled(tr("<b>Support tried before ex&clusion</b>"), m_support));
    return m_summarySplit;
}

void HistoryView::setHistory(QVector<ChronologyEvent> events, const PupilHistory& history, TimelineData timeline)
{
    m_model->setEvents(std::move(events));
    m_figuresModel->setFigures(history.years, timeline.schoolNames);
    m_figures->scrollToBottom(); // the latest years matter most to the panel
    m_support->setHtml(supportTriedHtml(history.supportTried, timeline.schoolNames));
    // The support summary needs the room when there is an exclusion to weigh; else the figures do.
    m_summarySplit->setSizes(history.supportTried.empty() ? QList<int>{250, 130} : QList<int>{170, 230});
    m_timeline->setTimeline(std::move(timeline));
    updateCount();
}

void HistoryView::applyFilter()
{
    const int group = m_group->currentData().toInt();
    m_filter->setGroup(group < 0 ? std::nullopt : std::optional<ChronologyGroup>(static_cast<ChronologyGroup>(group)));
    m_filter->setDateRange(forms::optionalDate(m_from), forms::optionalDate(m_to));
    updateCount();
}

void HistoryView::activateRow(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    const auto kind = recordKindOfTable(index.data(ChronologyModel::SourceRole).toString());
    if (kind) {
        Q_EMIT recordActivated(*kind, index.data(ChronologyModel::RecordIdRole).toLongLong());
    }
}

void HistoryView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    const QString events = all == 1 ? tr("1 event") : tr("%1 events").arg(all);
    m_count->setText(shown == all ? events : tr("%1 of %2").arg(shown).arg(events));
}

} // namespace casebook
