#pragma once

#include "caserecords/CaseRecordKind.h"
#include "chronology/ChronologyRepository.h"
#include "history/HistoryRepository.h"
#include "history/Timeline.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace casebook {

class ChronologyFilterModel;
class ChronologyModel;
class TimelineWidget;
class YearlyFiguresModel;

// A pupil's story on one screen, for the officer and the panel: the timeline picture on top; under it the
// chronology with its filter (kind, dates, newest or oldest first) on the left, and on the right the key
// figures per academic year and the support tried before each permanent exclusion, gaps shown plainly.
// Enter or double-click on a chronology row, or on a timeline mark, asks for that record to be opened.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget* parent = nullptr);

    // Shows freshly loaded records; the filter the officer chose stays as it was.
    void setHistory(QVector<ChronologyEvent> events, const PupilHistory& history, TimelineData timeline);

    QTableView* chronologyTable() const { return m_chronology; }
    TimelineWidget* timelineWidget() const { return m_timeline; }
    ChronologyFilterModel* filter() const { return m_filter; }

Q_SIGNALS:
    void recordActivated(CaseRecordKind kind, qint64 recordId);

private:
    QWidget* makeFilterRow();
    QWidget* makeSummaryPanel();
    void applyFilter();
    void activateRow(const QModelIndex& index);
    void updateCount();

    TimelineWidget* m_timeline;
    ChronologyModel* m_model;
    ChronologyFilterModel* m_filter;
    QTableView* m_chronology;
    QComboBox* m_group = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_order = nullptr;
    QLabel* m_count = nullptr;
    YearlyFiguresModel* m_figuresModel;
    QTableView* m_figures = nullptr;
    QTextBrowser* m_support = nullptr;
    QSplitter* m_split = nullptr;
    QSplitter* m_summarySplit = nullptr;
};

} // namespace casebook
