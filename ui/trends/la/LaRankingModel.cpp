#include "trends/la/LaRankingModel.h"

#include "domain/School.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace casebook {

namespace {

constexpr double kMissingRate = -1.0; // sorts below every rate

QString capitalised(const QString& term)
{
    return term.isEmpty() ? term : term.left(1).toUpper() + term.mid(1);
}

} // namespace

LaRankingModel::LaRankingModel(QObject* parent) : QAbstractTableModel(parent)
{}

void LaRankingModel::setData(LaDashboardData data)
{
    beginResetModel();
    m_data = std::move(data);
    std::vector<std::size_t> order(m_data.schools.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        return m_data.schools[a].year.suspensionRate().value_or(kMissingRate) >
               m_data.schools[b].year.suspensionRate().value_or(kMissingRate);
    });
    m_rank.assign(m_data.schools.size(), 0);
    int place = 0;
    for (std::size_t i : order) {
        if (m_data.schools[i].year.suspensionRate()) {
            m_rank[i] = ++place;
        }
    }
    endResetModel();
}

void LaRankingModel::setSmallNumberPolicy(const SmallNumberPolicy& policy)
{
    m_policy = policy;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int LaRankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.schools.size());
}

int LaRankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LaRankingModel::rateCell(const LaSchoolRow& row, int numerator, std::optional<double> rate) const
{
    return row.year.rollState() == RollState::Known ? figureText(rate, numerator, m_policy) : rateText(row.year, rate);
}

QString LaRankingModel::flagsText(const LaSchoolRow& row) const
{
    QStringList flags;
    if (row.offRolling.exitsFlagged) {
        flags << tr("Year 10-11 exits");
    }
    if (row.offRolling.eheFlagged) {
        flags << tr("EHE after suspension");
    }
    return flags.join(QStringLiteral("; "));
}

QString LaRankingModel::sparklineText(const LaSchoolRow& row) const
{
    QStringList parts;
    for (const PeriodFigures& term : row.terms) {
        const QString rate = term.rollState() == RollState::Known
                                 ? figureText(term.suspensionRate(), term.suspensions, m_policy)
                                 : rateText(term, term.suspensionRate());
        parts << tr("%1 %2: %3").arg(capitalised(term.term), term.academicYear, rate);
    }
    return tr("Suspension rate per term. %1").arg(parts.join(QStringLiteral(", ")));
}

QVariant LaRankingModel::display(const LaSchoolRow& row, int column) const
{
    const PeriodFigures& y = row.year;
    const int at = static_cast<int>(&row - m_data.schools.data());
    switch (column) {
    case Rank:
        return m_rank[static_cast<std::size_t>(at)] > 0 ? QVariant(m_rank[static_cast<std::size_t>(at)])
                                                        : QVariant(QStringLiteral("-"));
    case School:
        return y.schoolName;
    case Phase:
        return phaseLabel(row.phase);
    case Roll:
        return y.headcount ? QLocale().toString(*y.headcount) : tr("no roll");
    case Suspensions:
        return countText(y.suspensions, m_policy);
    case SuspensionRate:
        return rateCell(row, y.suspensions, y.suspensionRate());
    case OneOrMoreRate:
        return rateCell(row, y.pupilsSuspended, y.oneOrMoreRate());
    case PermanentExclusions:
        return countText(y.permanentExclusions, m_policy);
    case PermanentExclusionRate:
        return rateCell(row, y.permanentExclusions, y.permanentExclusionRate());
    case Trend:
        return {};
    case Repeat:
        return countText(row.repeat.pupilsRepeated, m_policy);
    case Flags:
        return flagsText(row);
    default:
        return {};
    }
}

QVariant LaRankingModel::sortValue(const LaSchoolRow& row, int column) const
{
    const PeriodFigures& y = row.year;
    switch (column) {
    case Rank:
    case SuspensionRate:
    case Trend:
        return y.suspensionRate().value_or(kMissingRate);
    case School:
        return y.schoolName.toLower();
    case Phase:
        return phaseLabel(row.phase).toLower();
    case Roll:
        return static_cast<double>(y.headcount.value_or(-1));
    case Suspensions:
        return y.suspensions;
    case OneOrMoreRate:
        return y.oneOrMoreRate().value_or(kMissingRate);
    case PermanentExclusions:
        return y.permanentExclusions;
    case PermanentExclusionRate:
        return y.permanentExclusionRate().value_or(kMissingRate);
    case Repeat:
        return row.repeat.pupilsRepeated;
    case Flags:
        return (row.offRolling.exitsFlagged ? 2 : 0) + (row.offRolling.eheFlagged ? 1 : 0);
    default:
        return {};
    }
}

QVariant LaRankingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const LaSchoolRow& row = m_data.schools[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case SchoolIdRole:
        return row.year.schoolId;
    case SparklineRole: {
        if (index.column() != Trend) {
            return {};
        }
        QVariantList points;
        for (const PeriodFigures& term : row.terms) {
            const auto rate = shownFigure(term.suspensionRate(), term.suspensions, m_policy);
            points << (rate ? *rate : std::numeric_limits<double>::quiet_NaN());
        }
        return points;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == Trend) {
            return sparklineText(row);
        }
        if (index.column() == School && !row.locality.isEmpty()) {
            return row.trust.isEmpty() ? tr("%1, %2").arg(row.year.schoolName, row.locality)
                                       : tr("%1, %2, %3").arg(row.year.schoolName, row.locality, row.trust);
        }
        if (index.column() == Flags && !flagsText(row).isEmpty()) {
            return tr("Off-rolling indicators well above the LA pattern: %1").arg(flagsText(row));
        }
        return role == Qt::AccessibleTextRole ? display(row, index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == School || index.column() == Phase || index.column() == Flags
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LaRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rank:
            return tr("Place by suspension rate in the year (1 is the highest)");
        case Roll:
            return tr("Pupils on the January census roll");
        case Suspensions:
            return tr("Suspensions in the year");
        case PermanentExclusions:
            return tr("Permanent exclusions in the year");
        case SuspensionRate:
            return tr("Suspensions per 100 pupils on the January census roll");
        case OneOrMoreRate:
            return tr("Pupils with one or more suspension per 100 on roll");
        case PermanentExclusionRate:
            return tr("Permanent exclusions per 100 pupils on roll");
        case Trend:
            return tr("Termly suspension rate over the last %1 academic years").arg(LaDashboardQuery::kSparklineYears);
        case Repeat:
            return tr("Pupils with 3 or more suspensions in the year");
        case Flags:
            return tr("Off-rolling indicators well above the LA pattern");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Rank:
        return tr("Rank");
    case School:
        return tr("School");
    case Phase:
        return tr("Phase");
    case Roll:
        return tr("Roll");
    case Suspensions:
        return tr("Susp.");
    case SuspensionRate:
        return tr("Susp. rate");
    case OneOrMoreRate:
        return tr("1+ rate");
    case PermanentExclusions:
        return tr("PEs");
    case PermanentExclusionRate:
        return tr("PE rate");
    case Trend:
        return tr("Trend");
    case Repeat:
        return tr("3+ suspensions");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace casebook
