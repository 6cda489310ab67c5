#include "trends/charts/ChartPanel.h"

#include "trends/charts/ChartExport.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

namespace casebook::charts {

namespace {

bool looksNumeric(const QString& text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok || text.startsWith(QLatin1String("fewer than"));
}

} // namespace

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : QGroupBox(title, parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_table(new QTableView(this)), m_model(new QStandardItemModel(this)), m_stack(new QStackedWidget(this)),
      m_note(new QLabel(this)), m_buttons(new QHBoxLayout),
      m_tableToggle(new QCheckBox(tr("Show as table (Alt+T)"), this)),
      m_pngButton(new QPushButton(tr("Export PNG..."), this)), m_csvButton(new QPushButton(tr("Export CSV..."), this)),
      m_exportName(title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')))
{
    setAccessibleName(title);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(tr("%1 chart").arg(title));
    m_view->setMinimumSize(200, 150);

    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("%1 table").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);

    m_tableToggle->setObjectName(QStringLiteral("showAsTable"));
    m_tableToggle->setAccessibleName(tr("Show %1 as a table").arg(title));
    m_pngButton->setObjectName(QStringLiteral("exportPng"));
    m_pngButton->setAccessibleName(tr("Export %1 as a PNG picture").arg(title));
    m_csvButton->setObjectName(QStringLiteral("exportCsv"));
    m_csvButton->setAccessibleName(tr("Export the figures of %1 as CSV").arg(title));
    connect(m_tableToggle, &QCheckBox::toggled, this, &ChartPanel::setShowsTable);
    connect(m_pngButton, &QPushButton::clicked, this, &ChartPanel::exportPngWithDialog);
    connect(m_csvButton, &QPushButton::clicked, this, &ChartPanel::exportCsvWithDialog);

    auto* toggleShortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_T), this);
    toggleShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toggleShortcut, &QShortcut::activated, m_tableToggle, &QCheckBox::toggle);

    auto* pngAction = new QAction(tr("Export PNG..."), this);
    auto* csvAction = new QAction(tr("Export CSV..."), this);
    auto* tableAction = new QAction(tr("Show as table / chart"), this);
    connect(pngAction, &QAction::triggered, this, &ChartPanel::exportPngWithDialog);
    connect(csvAction, &QAction::triggered, this, &ChartPanel::exportCsvWithDialog);
    connect(tableAction, &QAction::triggered, m_tableToggle, &QCheckBox::toggle);
    for (QWidget* w : {static_cast<QWidget*>(m_view), static_cast<QWidget*>(m_table)}) {
        w->setContextMenuPolicy(Qt::ActionsContextMenu);
        w->addActions({pngAction, csvAction, tableAction});
    }

    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->addWidget(m_tableToggle);
    m_buttons->addStretch();
    m_buttons->addWidget(m_pngButton);
    m_buttons->addWidget(m_csvButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
    layout->addLayout(m_buttons);
    setTabOrder(m_view, m_table);
    setTabOrder(m_table, m_tableToggle);
    setTabOrder(m_tableToggle, m_pngButton);
    setTabOrder(m_pngButton, m_csvButton);
}

void ChartPanel::setTable(const QStringList& headers, const std::vector<QStringList>& rows)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(headers);
    for (const QStringList& row : rows) {
        QList<QStandardItem*> items;
        for (const QString& text : row) {
            auto* item = new QStandardItem(text);
            if (!items.isEmpty() && looksNumeric(text)) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            items << item;
        }
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
}

void ChartPanel::setDescription(const QString& description)
{
    setAccessibleDescription(description);
    m_view->setAccessibleDescription(description);
    m_table->setAccessibleDescription(description);
}

void ChartPanel::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString ChartPanel::note() const
{
    return m_note->text();
}

void ChartPanel::addControl(QWidget* control)
{
    m_buttons->insertWidget(0, control);
    setTabOrder(m_table, control);
    setTabOrder(control, m_tableToggle);
}

bool ChartPanel::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartPanel::setShowsTable(bool table)
{
    if (table == showsTable()) {
        return;
    }
    const bool hadFocus = m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentWidget(table ? static_cast<QWidget*>(m_table) : static_cast<QWidget*>(m_view));
    if (hadFocus) {
        m_stack->currentWidget()->setFocus();
    }
    m_tableToggle->setChecked(table);
    Q_EMIT showsTableChanged(table);
}

void ChartPanel::addTips(QAbstractBarSeries* series, std::function<QString(QBarSet*, int)> text)
{
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, text = std::move(text)](bool on, int index, QBarSet* set) {
                if (on) {
                    showTip(text(set, index));
                } else {
                    QToolTip::hideText();
                }
            });
}

void ChartPanel::addTips(QXYSeries* series, std::function<QString(const QPointF&)> text)
{
    connect(series, &QXYSeries::hovered, this, [this, text = std::move(text)](const QPointF& point, bool on) {
        if (on) {
            showTip(text(point));
        } else {
            QToolTip::hideText();
        }
    });
}

void ChartPanel::showTip(const QString& text)
{
    m_lastTip = text;
    QToolTip::showText(QCursor::pos(), text, m_view);
}

Status ChartPanel::exportPng(const QString& path, QSize size, qreal devicePixelRatio)
{
    return exportChartPng(*m_chart, path, size, devicePixelRatio);
}

Status ChartPanel::exportCsv(const QString& path) const
{
    return exportModelCsv(*m_model, path);
}

QString ChartPanel::suggestedPath(const QString& extension) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(m_exportName + QLatin1Char('.') + extension);
}

void ChartPanel::exportPngWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1 as PNG").arg(title()),
                                                      suggestedPath(QStringLiteral("png")), tr("PNG pictures (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (Status s = exportPng(path); !s) {
        QMessageBox::warning(this, tr("Export PNG"), s.error().message);
    }
}

void ChartPanel::exportCsvWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the figures of %1 as CSV").arg(title()),
                                                      suggestedPath(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (Status s = exportCsv(path); !s) {
        QMessageBox::warning(this, tr("Export CSV"), s.error().message);
    }
}

} // namespace casebook::charts
