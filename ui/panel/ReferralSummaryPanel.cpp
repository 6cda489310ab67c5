#include "panel/ReferralSummaryPanel.h"

#include "calendar/UkDate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("heading"));
    return label;
}

QLabel* body(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// "2.5" / "3": days as the panel reads them.
QString days(double d)
{
    return QString::number(d, 'f', d == static_cast<int>(d) ? 0 : 1);
}

} // namespace

ReferralSummaryPanel::ReferralSummaryPanel(QWidget* parent)
    : QWidget(parent), m_reason(body(QStringLiteral("reasonLabel"), tr("Reason for the referral"), this)),
      m_evidence(body(QStringLiteral("evidenceLabel"), tr("Evidence"), this)), m_years(new QTableWidget(0, 5, this)),
      m_support(body(QStringLiteral("supportTriedLabel"), tr("Support tried"), this)),
      m_suspensions(body(QStringLiteral("latestSuspensionsLabel"), tr("Latest suspensions"), this))
{
    setObjectName(QStringLiteral("referralSummary"));
    m_years->setObjectName(QStringLiteral("yearFiguresTable"));
    m_years->setAccessibleName(tr("Key figures per academic year"));
    m_years->setHorizontalHeaderLabels({tr("Year"), tr("Suspensions"), tr("Days"), tr("Reasons"), tr("Schools")});
    m_years->verticalHeader()->hide();
    m_years->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_years->setSelectionMode(QAbstractItemView::NoSelection);
    m_years->setFocusPolicy(Qt::NoFocus); // read only: Tab goes to the decision
    m_years->setShowGrid(false);
    m_years->setWordWrap(true); // the reasons wrap rather than being cut short
    m_years->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_years->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_years->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_years->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Why referred"), this));
    layout->addWidget(m_reason);
    layout->addWidget(heading(tr("Evidence"), this));
    layout->addWidget(m_evidence);
    layout->addWidget(heading(tr("Key figures by academic year"), this));
    layout->addWidget(m_years);
    layout->addWidget(heading(tr("Support tried"), this)); // before the suspensions: the gaps are what the panel asks
    layout->addWidget(m_support);
    layout->addWidget(heading(tr("Latest suspensions"), this));
    layout->addWidget(m_suspensions);
    layout->addStretch(1);
}

void ReferralSummaryPanel::showReferral(const AgendaReferral& r, const Result<PupilHistory>& history,
                                        const Result<QVector<ChronologyEvent>>& events)
{
    m_reason->setText(r.reason);
    m_evidence->setText(r.evidence.isEmpty() ? tr("None given with the referral.") : r.evidence);
    if (history) {
        showYears(history->years);
        m_support->setText(supportText(r.receivedOn, history.value()));
    } else {
        m_years->setRowCount(0);
        m_support->setText(tr("The history could not be read: %1").arg(history.error().message));
    }
    m_suspensions->setText(events ? suspensionsText(events.value())
                                  : tr("The suspensions could not be read: %1").arg(events.error().message));
}

void ReferralSummaryPanel::showYears(const std::vector<YearFigures>& years)
{
    m_years->setRowCount(static_cast<int>(years.size()));
    fitYears();
    // Newest year first: the panel reads the recent pattern before the old one.
    for (int row = 0; row < static_cast<int>(years.size()); ++row) {
        const YearFigures& y = years.at(years.size() - 1 - static_cast<size_t>(row));
        QStringList reasons;
        // The two most given reasons; how many others there were.
        for (size_t i = 0; i < y.reasons.size() && i < 2; ++i) {
            reasons << QStringLiteral("%1 \u00d7%2").arg(y.reasons.at(i).first).arg(y.reasons.at(i).second);
        }
        if (y.reasons.size() > 2) {
            reasons << tr("+%1 more").arg(y.reasons.size() - 2);
        }
        QString daysText = days(y.suspensionDays);
        if (y.daysEstimated) {
            daysText += tr(" (est.)");
        }
        QString reasonText = reasons.join(QStringLiteral(", "));
        if (y.permanentExclusions > 0) {
            reasonText =
                tr("PERMANENTLY EXCLUDED") + (reasonText.isEmpty() ? QString() : QStringLiteral("; ")) + reasonText;
        }
        const QStringList cells = {y.year.label(), QString::number(y.suspensions), daysText, reasonText,
                                   QString::number(y.schoolIds.size())};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment(c == 0 || c == 3 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
            m_years->setItem(row, c, item);
        }
    }
}

void ReferralSummaryPanel::fitYears()
{
    // As tall as its rows (up to kYearsShown, newest first; older ones scroll), so the text below stays close.
    m_years->resizeRowsToContents();
    int height = m_years->horizontalHeader()->sizeHint().height() + 2 * m_years->frameWidth();
    for (int row = 0; row < std::min(m_years->rowCount(), kYearsShown); ++row) {
        height += m_years->rowHeight(row);
    }
    m_years->setFixedHeight(height);
}

void ReferralSummaryPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) {
        fitYears();
    }
}

namespace {

// "NOT TRIED: Early help, Outreach. Tried: Pastoral support plan." (gaps first: they are what the panel challenges)
QString avenuesText(const std::vector<AvenueTried>& avenues)
{
    QStringList tried;
    QStringList gaps;
    for (const AvenueTried& a : avenues) {
        (a.tried ? tried : gaps) << a.name;
    }
    if (tried.isEmpty()) {
        return ReferralSummaryPanel::tr("NOTHING TRIED (0 of %1 avenues).").arg(avenues.size());
    }
    QString text = gaps.isEmpty() ? ReferralSummaryPanel::tr("every avenue was tried.")
                                  : ReferralSummaryPanel::tr("NOT TRIED: %1.").arg(gaps.join(QStringLiteral(", ")));
    if (!tried.isEmpty()) {
        text += ReferralSummaryPanel::tr(" Tried: %1.").arg(tried.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace

QString ReferralSummaryPanel::supportText(QDate referralReceived, const PupilHistory& history)
{
    QStringList lines;
    if (referralReceived.isValid()) {
        lines << tr("Before this referral: ") + avenuesText(avenuesTriedBefore(referralReceived, history.support));
    }
    for (const SupportBeforeExclusion& s : history.supportTried) {
        lines << tr("Before the exclusion of %1%2: ")
                         .arg(ukDate(s.decisionDate), s.withdrawn ? tr(" (withdrawn)") : QString()) +
                     avenuesText(s.avenues);
    }
    if (lines.isEmpty()) {
        lines << tr("No support and no permanent exclusion on record.");
    }
    return lines.join(QLatin1Char('\n'));
}

QString ReferralSummaryPanel::suspensionsText(const QVector<ChronologyEvent>& events)
{
    QStringList lines;
    for (const ChronologyEvent& e : events) {
        if (e.kind != QStringLiteral("suspension")) {
            continue;
        }
        const double d = e.detail2.toInt() / 2.0;
        QString line = tr("%1  %2 %3").arg(ukDate(e.date), days(d), d == 1.0 ? tr("day") : tr("days"));
        if (!e.detail.isEmpty()) {
            line += QStringLiteral("  ") + e.detail;
        }
        if (!e.schoolName.isEmpty()) {
            line += QStringLiteral("  \u2014 ") + e.schoolName;
        }
        lines << line;
        if (lines.size() == kLatestSuspensions) {
            break;
        }
    }
    return lines.isEmpty() ? tr("None on record.") : lines.join(QLatin1Char('\n'));
}

} // namespace casebook
