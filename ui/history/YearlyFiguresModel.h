#pragma once

#include "history/YearlyFigures.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace casebook {

// Key figures per academic year: suspensions, days, the most given reasons (DfE code and label), permanent
// exclusions and the schools attended, by name. Oldest year first.
class YearlyFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Year,
        Suspensions,
        Days,
        PermanentExclusions,
        Schools,
        Reasons,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setFigures(std::vector<YearFigures> years, std::map<qint64, QString> schoolNames);

    // "DB Disruptive behaviour (2)" for the three reasons given most often, "; " between them.
    static QString reasonsText(const YearFigures& year, int most = 3);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString schoolsText(const YearFigures& year) const;

    std::vector<YearFigures> m_years;
    std::map<qint64, QString> m_schoolNames;
};

} // namespace casebook
