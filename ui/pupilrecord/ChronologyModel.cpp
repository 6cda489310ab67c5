#include "pupilrecord/ChronologyModel.h"

#include "calendar/UkDate.h"

#include <QHash>

namespace casebook {

void ChronologyModel::setEvents(QVector<ChronologyEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

QString ChronologyModel::kindLabel(const QString& kind)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("enrolled"), tr("Joined school")},
        {QStringLiteral("left_school"), tr("Left school")},
        {QStringLiteral("suspension"), tr("Suspension")},
        {QStringLiteral("permanent_exclusion"), tr("Permanent exclusion")},
        {QStringLiteral("board_meeting"), tr("Governing board meeting")},
        {QStringLiteral("irp_meeting"), tr("Independent review panel")},
        {QStringLiteral("psp_started"), tr("Pastoral support plan")},
        {QStringLiteral("psp_review"), tr("PSP review")},
        {QStringLiteral("pip_referral"), tr("Inclusion panel referral")},
        {QStringLiteral("pip_decision"), tr("Inclusion panel decision")},
        {QStringLiteral("support"), tr("Support")},
        {QStringLiteral("managed_move"), tr("Managed move")},
        {QStringLiteral("off_site_direction"), tr("Off-site direction")},
        {QStringLiteral("ap_placement"), tr("Alternative provision")},
        {QStringLiteral("ehe"), tr("Elective home education")},
        {QStringLiteral("cme"), tr("Child missing education")},
        {QStringLiteral("case_note"), tr("Case note")},
    };
    return labels.value(kind, kind);
}

QString ChronologyModel::detailText(const ChronologyEvent& e)
{
    QString detail = QString(e.detail).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (e.kind == QLatin1String("suspension")) {
        const int sessions = e.detail2.toInt();
        const QString days = sessions == 1 ? tr("half a day") : tr("%1 days").arg(sessions / 2.0);
        return detail.isEmpty() ? days : tr("%1; reasons %2").arg(days, detail);
    }
    if (e.detail2.isEmpty()) {
        return detail;
    }
    return detail.isEmpty() ? e.detail2 : detail + QStringLiteral(" \u2014 ") + e.detail2;
}

int ChronologyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int ChronologyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChronologyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const ChronologyEvent& e = m_events.at(index.row());
    switch (role) {
    case DateRole:
        return e.date;
    case KindRole:
        return e.kind;
    case SourceRole:
        return e.source;
    case RecordIdRole:
        return e.recordId;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Date:
        return ukDate(e.date);
    case Event:
        return kindLabel(e.kind);
    case School:
        return e.schoolName;
    case Detail:
        return detailText(e);
    default:
        return {};
    }
}

QVariant ChronologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Event:
        return tr("Event");
    case School:
        return tr("School");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace casebook
