#include "history/YearlyFiguresModel.h"

#include "rules/ReasonCodes.h"

#include <QStringList>

namespace casebook {

void YearlyFiguresModel::setFigures(std::vector<YearFigures> years, std::map<qint64, QString> schoolNames)
{
    beginResetModel();
    m_years = std::move(years);
    m_schoolNames = std::move(schoolNames);
    endResetModel();
}

QString YearlyFiguresModel::reasonsText(const YearFigures& year, int most)
{
    static const std::vector<ReasonCode> table = builtInReasonCodes();
    QStringList parts;
    for (const auto& [code, times] : year.reasons) {
        if (parts.size() == most) {
            break;
        }
        auto known = reasonCodeOn(code, year.year.lastDay(), table);
        if (!known) {
            known = reasonCodeOn(code, year.year.firstDay(), table);
        }
        const QString label = known ? code + QLatin1Char(' ') + known->description : code;
        parts << QStringLiteral("%1 (%2)").arg(label).arg(times);
    }
    return parts.join(QStringLiteral("; "));
}

QString YearlyFiguresModel::schoolsText(const YearFigures& year) const
{
    QStringList names;
    for (qint64 id : year.schoolIds) {
        const auto it = m_schoolNames.find(id);
        names << (it != m_schoolNames.end() ? it->second : tr("school %1").arg(id));
    }
    return names.join(QStringLiteral("; "));
}

int YearlyFiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_years.size());
}

int YearlyFiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant YearlyFiguresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const YearFigures& y = m_years[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole) {
        const bool number =
            index.column() == Suspensions || index.column() == Days || index.column() == PermanentExclusions;
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == Reasons) {
        return reasonsText(y, static_cast<int>(y.reasons.size()));
    }
    if (role == Qt::ToolTipRole && index.column() == Days && y.daysEstimated) {
        return tr("Estimated: some term dates for this year are not recorded");
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Year:
        return y.year.label();
    case Suspensions:
        return y.suspensions;
    case Days: {
        const QString days = QString::number(y.suspensionDays, 'g', 4);
        return y.daysEstimated ? tr("%1 (estimated)").arg(days) : days;
    }
    case Reasons:
        return reasonsText(y);
    case PermanentExclusions:
        return y.permanentExclusions;
    case Schools:
        return schoolsText(y);
    default:
        return {};
    }
}

QVariant YearlyFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Year:
        return tr("Year");
    case Suspensions:
        return tr("Suspensions");
    case Days:
        return tr("Days");
    case Reasons:
        return tr("Most given reasons");
    case PermanentExclusions:
        return tr("Permanent\nexclusions");
    case Schools:
        return tr("Schools attended");
    default:
        return {};
    }
}

} // namespace casebook
