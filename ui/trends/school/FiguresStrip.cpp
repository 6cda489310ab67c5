#include "trends/school/FiguresStrip.h"

#include "trends/school/SchoolCharts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocument>

namespace casebook::school {

FiguresStrip::FiguresStrip(QWidget* parent)
    : QFrame(parent), m_suspensions(addCard(QStringLiteral("stripSuspensions"), tr("Suspensions"))),
      m_pupils(addCard(QStringLiteral("stripPupils"), tr("Pupils suspended"))),
      m_days(addCard(QStringLiteral("stripDays"), tr("Days lost"))),
      m_exclusions(addCard(QStringLiteral("stripExclusions"), tr("Permanent exclusions"))),
      m_repeat(addCard(QStringLiteral("stripRepeat"), tr("Repeat suspensions and PIP")))
{
    setObjectName(QStringLiteral("figuresStrip"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (QLabel* card : {m_suspensions, m_pupils, m_days, m_exclusions, m_repeat}) {
        layout->addWidget(card, 1);
    }
    clear();
}

QLabel* FiguresStrip::addCard(const QString& objectName, const QString& accessibleName)
{
    auto* card = new QLabel(this);
    card->setObjectName(objectName);
    card->setAccessibleName(accessibleName);
    card->setTextFormat(Qt::RichText);
    card->setWordWrap(true);
    card->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMargin(6);
    card->setTextInteractionFlags(Qt::TextSelectableByMouse);
    card->setFocusPolicy(Qt::TabFocus);
    return card;
}

void FiguresStrip::setCard(QLabel* card, const QString& title, const QString& figure, const QStringList& lines)
{
    QStringList escaped;
    for (const QString& line : lines) {
        escaped << line.toHtmlEscaped();
    }
    card->setText(QStringLiteral("<b>%1</b><br><span style=\"font-size:large; font-weight:600\">%2</span><br>%3")
                      .arg(title.toHtmlEscaped(), figure.toHtmlEscaped(), escaped.join(QStringLiteral("<br>"))));
    card->setAccessibleDescription(QStringLiteral("%1: %2. %3").arg(title, figure, lines.join(QStringLiteral(". "))));
}

void FiguresStrip::clear()
{
    setCard(m_suspensions, tr("Suspensions"), QStringLiteral("\u2013"), {});
    setCard(m_pupils, tr("Pupils suspended"), QStringLiteral("\u2013"), {});
    setCard(m_days, tr("Days lost"), QStringLiteral("\u2013"), {});
    setCard(m_exclusions, tr("Permanent exclusions"), QStringLiteral("\u2013"), {});
    setCard(m_repeat, tr("Repeat suspensions and PIP"), QStringLiteral("\u2013"), {});
}

void FiguresStrip::setFigures(const SchoolDashboard& d, const SmallNumberPolicy& policy)
{
    const PeriodFigures& s = d.lastYearFigures.school;
    const PeriodFigures& la = d.lastYearFigures.la;
    const NationalYear& nat = d.lastYearFigures.national;
    auto national = [](std::optional<double> v) {
        return v ? tr("national %1").arg(figureText(v)) : tr("national: none recorded");
    };
    const QString year = d.lastYear;

    setCard(m_suspensions, tr("Suspensions %1").arg(year), countCell(s, s.suspensions, policy),
            {tr("%1 per 100 pupils").arg(rateCell(s, s.suspensionRate(), s.suspensions, policy)),
             tr("LA %1 \u00b7 %2")
                 .arg(rateCell(la, la.suspensionRate(), la.suspensions, policy), national(nat.suspensionRate))});
    setCard(m_pupils, tr("Pupils suspended"), countCell(s, s.pupilsSuspended, policy),
            {tr("one or more: %1 per 100").arg(rateCell(s, s.oneOrMoreRate(), s.pupilsSuspended, policy)),
             tr("LA %1 \u00b7 %2")
                 .arg(rateCell(la, la.oneOrMoreRate(), la.pupilsSuspended, policy), national(nat.oneOrMoreRate))});
    auto perSuspension = [&policy](const PeriodFigures& p) {
        if (p.suspensions == 0) {
            return QStringLiteral("\u2013");
        }
        return policy.suppresses(p.suspensions) ? notShownText()
                                                : QString::number(p.daysLost() / p.suspensions, 'f', 1);
    };
    setCard(
        m_days, tr("Days lost"),
        policy.suppresses(s.suspensions) ? notShownText() : QString::number(s.daysLost(), 'f', 1),
        {tr("%1 days per suspension").arg(perSuspension(s)), tr("LA %1 days per suspension").arg(perSuspension(la))});
    QStringList peLines{
        tr("%1 per 100 pupils").arg(rateCell(s, s.permanentExclusionRate(), s.permanentExclusions, policy)),
        tr("LA %1 \u00b7 %2")
            .arg(rateCell(la, la.permanentExclusionRate(), la.permanentExclusions, policy),
                 national(nat.permanentExclusionRate))};
    if (s.reinstated > 0) {
        peLines << tr("%1 later reinstated").arg(countText(s.reinstated, policy));
    }
    setCard(m_exclusions, tr("Permanent exclusions"), countCell(s, s.permanentExclusions, policy), peLines);
    setCard(
        m_repeat, tr("Repeat suspensions"), countText(d.repeat.pupilsRepeated, policy),
        {tr("pupils with %1 or more (LA %2)")
             .arg(analytics::kRepeatSuspensionsPerYear)
             .arg(countText(d.laRepeat.pupilsRepeated, policy)),
         tr("over 45 days: %1").arg(countText(d.repeat.pupilsOverLimit, policy)),
         tr("PIP referrals: %1, heard %2").arg(countText(d.pip.referrals, policy), countText(d.pip.heard, policy))});
}

QString FiguresStrip::cardText(const QString& objectName) const
{
    auto* card = findChild<QLabel*>(objectName);
    if (card == nullptr) {
        return {};
    }
    QTextDocument doc;
    doc.setHtml(card->text());
    return doc.toPlainText();
}

} // namespace casebook::school
