#pragma once

#include "common/Result.h"

#include <QGroupBox>
#include <QSize>

#include <functional>
#include <vector>

class QAbstractBarSeries;
class QAction;
class QBarSet;
class QChart;
class QChartView;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QXYSeries;

namespace casebook::charts {

// A titled panel holding a chart and a table of the same figures, one shown at a time ("Show as table",
// Alt+T while the focus is inside the panel), with tooltips giving the figures on hover and "Export PNG..."
// and "Export CSV..." as buttons and as context-menu actions on the chart and the table. The caller draws the
// chart (chart()) and fills the table (setTable or model()); the table is what a screen reader and the CSV get.
class ChartPanel : public QGroupBox
{
    Q_OBJECT

public:
    // The size a PNG is exported at (logical pixels; drawn at twice the resolution).
    static constexpr QSize kExportSize{1200, 800};

    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);

    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_view; }
    QTableView* tableView() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }

    // Replaces the table: one header per column, one list of texts per row (numbers right-aligned).
    void setTable(const QStringList& headers, const std::vector<QStringList>& rows);
    // What the figures are, for screen readers (the chart's and the table's accessible description).
    void setDescription(const QString& description);
    // A line under the chart (what gaps mean, which figures are hidden); hidden when empty.
    void setNote(const QString& note);
    QString note() const;
    // A control of the caller's (a measure or dimension chooser) at the start of the button row.
    void addControl(QWidget* control);
    // The file name offered by the export dialogs, without extension ("school-trend").
    void setExportName(const QString& baseName) { m_exportName = baseName; }

    bool showsTable() const;
    void setShowsTable(bool table);

    // Tooltips with the figures: `text` is asked for the hovered bar (set, index) or point.
    void addTips(QAbstractBarSeries* series, std::function<QString(QBarSet*, int)> text);
    void addTips(QXYSeries* series, std::function<QString(const QPointF&)> text);
    // The last tooltip text shown (empty before any), for tests and for screen readers' live region.
    QString lastTip() const { return m_lastTip; }

    Status exportPng(const QString& path, QSize size = kExportSize, qreal devicePixelRatio = 2.0);
    Status exportCsv(const QString& path) const;

Q_SIGNALS:
    void showsTableChanged(bool table);

private:
    void showTip(const QString& text);
    void exportPngWithDialog();
    void exportCsvWithDialog();
    QString suggestedPath(const QString& extension) const;

    QChart* m_chart;
    QChartView* m_view;
    QTableView* m_table;
    QStandardItemModel* m_model;
    QStackedWidget* m_stack;
    QLabel* m_note;
    QHBoxLayout* m_buttons;
    QCheckBox* m_tableToggle;
    QPushButton* m_pngButton;
    QPushButton* m_csvButton;
    QString m_exportName;
    QString m_lastTip;
};

} // namespace casebook::charts
