#pragma once

#include "analytics/LaDashboardQuery.h"
#include "analytics/SmallNumbers.h"

#include <QAbstractTableModel>

#include <vector>

namespace casebook {

// The LA dashboard's table: every school in the year, ranked by suspension rate, with a sparkline of its
// termly suspension rate and its flags. Sorting (by SortRole) is left to a proxy; Rank stays the school's
// place by suspension rate whatever the sort. Counts below the small-number threshold read "fewer than N"
// and the rates built on them are not shown (SmallNumberPolicy), so the table can be shown on a shared screen.
class LaRankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        School,
        Phase,
        Roll,
        Suspensions,
        SuspensionRate,
        OneOrMoreRate,
        PermanentExclusions,
        PermanentExclusionRate,
        Trend,
        Repeat,
        Flags,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a number (or text for names); missing rates sort below every rate
        SchoolIdRole,
        SparklineRole, // QVariantList of doubles, NaN where the term had no roll or the school was not open
    };

    explicit LaRankingModel(QObject* parent = nullptr);

    void setData(LaDashboardData data);
    const LaDashboardData& dashboard() const { return m_data; }
    // Adds the LA trend to data loaded without it (the rows do not change).
    void setLaTrend(std::vector<PeriodFigures> laYears) { casebook::setLaTrend(m_data, std::move(laYears)); }
    void setSmallNumberPolicy(const SmallNumberPolicy& policy);
    const SmallNumberPolicy& smallNumberPolicy() const { return m_policy; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const LaSchoolRow& row, int column) const;
    QVariant sortValue(const LaSchoolRow& row, int column) const;
    QString rateCell(const LaSchoolRow& row, int numerator, std::optional<double> rate) const;
    QString flagsText(const LaSchoolRow& row) const;
    QString sparklineText(const LaSchoolRow& row) const;

    LaDashboardData m_data;
    std::vector<int> m_rank; // per row: place by suspension rate (1 = highest); 0 when the rate is missing
    SmallNumberPolicy m_policy;
};

} // namespace casebook
