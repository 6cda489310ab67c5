#include "trends/school/SchoolCharts.h"

#include "trends/charts/ChartPanel.h"
#include "trends/charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace casebook::school {

namespace {

const QString kDash = QStringLiteral("\u2013");

// "0.75 per 100 pupils", or the cell as it is when it holds no number ("no roll", "not shown").
QString per100(const QString& cell)
{
    bool number = false;
    cell.toDouble(&number);
    return number ? cell + QStringLiteral(" per 100 pupils") : cell;
}

QString termShort(const QString& term)
{
    if (term == QLatin1String("autumn")) {
        return QStringLiteral("Aut");
    }
    if (term == QLatin1String("spring")) {
        return QStringLiteral("Spr");
    }
    return QStringLiteral("Sum");
}

// "2024/25" autumn -> "24"; spring and summer -> "25" (the calendar year the term falls in).
QString termYear(const PeriodFigures& p)
{
    const QString start = p.academicYear.mid(2, 2);
    const QString end = p.academicYear.mid(5, 2);
    return p.term == QLatin1String("autumn") ? start : end;
}

double maxOf(const std::vector<std::optional<double>>& values, double start = 0.0)
{
    double m = start;
    for (const auto& v : values) {
        if (v) {
            m = std::max(m, *v);
        }
    }
    return m;
}

// A grouped bar chart of School and LA values per category (nullopt: no bar, drawn as 0 with no value).
void groupedBars(charts::ChartPanel& panel, const QStringList& categories,
                 const std::vector<std::optional<double>>& school, const std::vector<std::optional<double>>& la,
                 const QString& schoolName, const QString& valueTitle, bool horizontal, std::vector<QString> tips)
{
    QChart& chart = *panel.chart();
    charts::clearChart(chart);
    auto* schoolSet = new QBarSet(schoolName);
    auto* laSet = new QBarSet(QStringLiteral("LA"));
    schoolSet->setColor(charts::schoolColour());
    laSet->setColor(charts::laColour());
    for (size_t i = 0; i < school.size(); ++i) {
        *schoolSet << school[i].value_or(0.0);
        *laSet << la[i].value_or(0.0);
    }
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(schoolSet);
    series->append(laSet);
    series->setBarWidth(0.8);
    chart.addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false);
    QValueAxis* values = charts::valueAxis(std::max(maxOf(school), maxOf(la)), valueTitle);
    chart.addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart.addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(values);
    const double top = values->max();
    values->setRange(0.0, top); // attaching can widen the range to the series' own
    charts::styleChart(chart);
    panel.addTips(series, [tips = std::move(tips)](QBarSet*, int index) {
        return index >= 0 && static_cast<size_t>(index) < tips.size() ? tips[static_cast<size_t>(index)] : QString();
    });
}

} // namespace

QStringList characteristicDimensions()
{
    return {kBySex, kBySen, kByFsm, kByLookedAfter, kByEthnicity};
}

QString dimensionLabel(const QString& dimension)
{
    if (dimension == kBySex) {
        return QStringLiteral("Sex");
    }
    if (dimension == kBySen) {
        return QStringLiteral("SEN");
    }
    if (dimension == kByFsm) {
        return QStringLiteral("Free school meals");
    }
    if (dimension == kByLookedAfter) {
        return QStringLiteral("Looked after");
    }
    if (dimension == kByEthnicity) {
        return QStringLiteral("Ethnicity");
    }
    return QStringLiteral("Year group");
}

QString periodShortLabel(const PeriodFigures& p)
{
    if (p.term.isEmpty()) {
        return p.academicYear;
    }
    return termShort(p.term) + QLatin1Char(' ') + termYear(p);
}

QString periodLongLabel(const PeriodFigures& p)
{
    if (p.term.isEmpty()) {
        return p.academicYear;
    }
    QString term = p.term;
    term[0] = term[0].toUpper();
    return term + QLatin1Char(' ') + p.academicYear;
}

QString rateCell(const PeriodFigures& p, std::optional<double> rate, qint64 count, const SmallNumberPolicy& policy)
{
    if (p.rollState() != RollState::Known) {
        return rateText(p, rate);
    }
    return figureText(rate, count, policy);
}

QString countCell(const PeriodFigures& p, qint64 count, const SmallNumberPolicy& policy)
{
    return p.rollState() == RollState::NotOpen ? QStringLiteral("not open") : countText(count, policy);
}

void fillTrend(charts::ChartPanel& panel, const SchoolDashboard& d, TrendMeasure measure,
               const SmallNumberPolicy& policy)
{
    const bool suspensions = measure == TrendMeasure::Suspension;
    auto count = [suspensions](const PeriodFigures& p) { return suspensions ? p.suspensions : p.permanentExclusions; };
    auto rate = [suspensions](const PeriodFigures& p) {
        return suspensions ? p.suspensionRate() : p.permanentExclusionRate();
    };
    auto national = [suspensions](const NationalYear& n) {
        return suspensions ? n.suspensionRate : n.permanentExclusionRate;
    };
    const bool byYear = d.granularity == Granularity::Year;

    std::vector<std::optional<double>> school;
    std::vector<std::optional<double>> la;
    std::vector<std::optional<double>> nat;
    std::vector<QStringList> rows;
    std::vector<QString> tips;
    QStringList gaps;
    const QString what = suspensions ? QStringLiteral("Suspensions") : QStringLiteral("Permanent exclusions");
    for (const ComparedPeriod& c : d.trend) {
        school.push_back(shownFigure(rate(c.school), count(c.school), policy));
        la.push_back(shownFigure(rate(c.la), count(c.la), policy));
        nat.push_back(byYear ? national(c.national) : std::nullopt);
        if (c.school.rollState() != RollState::Known) {
            gaps << QStringLiteral("%1 (%2)").arg(periodLongLabel(c.school), rateText(c.school, std::nullopt));
        }
        QStringList row{periodLongLabel(c.school), countCell(c.school, count(c.school), policy),
                        rateCell(c.school, rate(c.school), count(c.school), policy),
                        countCell(c.la, count(c.la), policy), rateCell(c.la, rate(c.la), count(c.la), policy)};
        if (byYear) {
            row << figureText(national(c.national), QStringLiteral("none recorded"));
        }
        tips.push_back(QStringLiteral("%1\n%2: %3 (%4 %5)\nLA: %6%7")
                           .arg(periodLongLabel(c.school), d.schoolName, per100(row[2]), row[1], what.toLower(),
                                per100(row[4]),
                                byYear ? QStringLiteral("\nNational: %1").arg(per100(row[5])) : QString()));
        rows.push_back(row);
    }

    QStringList headers{QStringLiteral("Period"), what, QStringLiteral("Rate per 100"),
                        QStringLiteral("LA ") + what.toLower(), QStringLiteral("LA rate per 100")};
    if (byYear) {
        headers << QStringLiteral("National rate per 100");
    }
    panel.setTable(headers, rows);

    QChart& chart = *panel.chart();
    charts::clearChart(chart);
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (size_t i = 0; i < d.trend.size(); ++i) {
        x->append(periodShortLabel(d.trend[i].school), static_cast<double>(i));
    }
    x->setRange(-0.3, std::max<double>(0.3, static_cast<double>(d.trend.size()) - 0.7));
    x->setGridLineVisible(false);
    x->setTruncateLabels(false);
    if (d.trend.size() > 4) {
        x->setLabelsAngle(-45);
    }
    QValueAxis* y =
        charts::valueAxis(std::max({maxOf(school), maxOf(la), maxOf(nat)}), QStringLiteral("per 100 pupils"),
                          suspensions ? QStringLiteral("%.1f") : QStringLiteral("%.2f"));
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    std::vector<QLineSeries*> lines =
        charts::addGappedLine(chart, d.schoolName, school, charts::schoolColour(), Qt::SolidLine, x, y);
    for (QLineSeries* s :
         charts::addGappedLine(chart, QStringLiteral("LA"), la, charts::laColour(), Qt::SolidLine, x, y)) {
        lines.push_back(s);
    }
    if (byYear) {
        for (QLineSeries* s : charts::addGappedLine(chart, QStringLiteral("National"), nat, charts::nationalColour(),
                                                    Qt::DashLine, x, y)) {
            lines.push_back(s);
        }
    }
    charts::styleChart(chart);
    for (QLineSeries* s : lines) {
        panel.addTips(s, [tips](const QPointF& point) {
            const long i = std::lround(point.x());
            return i >= 0 && static_cast<size_t>(i) < tips.size() ? tips[static_cast<size_t>(i)] : QString();
        });
    }

    QStringList notes;
    if (!gaps.isEmpty()) {
        notes << QStringLiteral("Gaps: %1.").arg(gaps.join(QStringLiteral("; ")));
    }
    if (!byYear) {
        notes << QStringLiteral("National rates are annual: choose \"Year\" to compare with them.");
    }
    if (policy.enabled) {
        notes << QStringLiteral("Rates from fewer than %1 are not drawn.").arg(policy.threshold);
    }
    panel.setNote(notes.join(QLatin1Char(' ')));
    panel.setDescription(QStringLiteral("%1 per 100 pupils at %2 by %3 from %4 to %5, beside the LA%6.")
                             .arg(what, d.schoolName, byYear ? QStringLiteral("year") : QStringLiteral("term"),
                                  d.firstYear, d.lastYear, byYear ? QStringLiteral(" and national rates") : QString()));
}

void fillReasons(charts::ChartPanel& panel, const SchoolDashboard& d, const SmallNumberPolicy& policy)
{
    constexpr int kMostShown = 8;
    const QString kind = QStringLiteral("suspension");
    std::map<QString, const ReasonShare*> laByCode;
    for (const ReasonShare& r : d.laReasons) {
        if (r.kind == kind) {
            laByCode[r.code] = &r;
        }
    }
    std::vector<const ReasonShare*> shown;
    for (const ReasonShare& r : d.reasons) {
        if (r.kind == kind) {
            shown.push_back(&r); // most given first
        }
    }
    auto shareCell = [&policy](const ReasonShare* r) {
        if (r == nullptr) {
            return kDash;
        }
        const QString text = figureText(r->sharePercent(), r->reasons, policy, kDash);
        return r->sharePercent() && !policy.suppresses(r->reasons) ? text + QLatin1Char('%') : text;
    };
    std::vector<QStringList> rows;
    for (const ReasonShare* r : shown) {
        const ReasonShare* la = laByCode.count(r->code) != 0 ? laByCode[r->code] : nullptr;
        rows.push_back({r->description, r->code, countText(r->reasons, policy), shareCell(r), shareCell(la)});
    }
    panel.setTable({QStringLiteral("Reason"), QStringLiteral("Code"), QStringLiteral("Times given"),
                    QStringLiteral("Share of reasons"), QStringLiteral("LA share")},
                   rows);

    // The chart: the most given reasons, the largest at the top (a horizontal bar chart draws its first
    // category at the bottom).
    const size_t n = std::min<size_t>(shown.size(), kMostShown);
    QStringList categories;
    std::vector<std::optional<double>> school;
    std::vector<std::optional<double>> la;
    std::vector<QString> tips;
    for (size_t k = n; k-- > 0;) {
        const ReasonShare* r = shown[k];
        const ReasonShare* l = laByCode.count(r->code) != 0 ? laByCode[r->code] : nullptr;
        categories << charts::elided(r->description, 26);
        school.push_back(shownFigure(r->sharePercent(), r->reasons, policy));
        la.push_back(l != nullptr ? shownFigure(l->sharePercent(), l->reasons, policy) : std::nullopt);
        tips.push_back(QStringLiteral("%1\n%2: %3 of reasons given (%4 times)\nLA: %5")
                           .arg(r->description, d.schoolName, rows[k][3], rows[k][2], rows[k][4]));
    }
    groupedBars(panel, categories, school, la, d.schoolName, QStringLiteral("% of reasons given"), true, tips);
    panel.chart()->legend()->setVisible(true);
    panel.setNote(shown.size() > n
                      ? QStringLiteral("The %1 reasons given most; the table lists all %2.").arg(n).arg(shown.size())
                      : (shown.empty() ? QStringLiteral("No suspensions in %1.").arg(d.lastYear) : QString()));
    panel.setDescription(QStringLiteral("Reasons for suspensions at %1 in %2 as a share of reasons given, beside the "
                                        "LA's shares.")
                             .arg(d.schoolName, d.lastYear));
}

namespace {

void fillGroups(charts::ChartPanel& panel, const SchoolDashboard& d, const std::vector<GroupFigures>& schoolGroups,
                const std::vector<GroupFigures>& laGroups, const QString& dimension, const SmallNumberPolicy& policy,
                const QString& what)
{
    std::map<QString, const GroupFigures*> laByGroup;
    for (const GroupFigures& g : laGroups) {
        if (g.dimension == dimension) {
            laByGroup[g.group] = &g;
        }
    }
    QStringList categories;
    std::vector<std::optional<double>> school;
    std::vector<std::optional<double>> la;
    std::vector<QStringList> rows;
    std::vector<QString> tips;
    for (const GroupFigures& g : schoolGroups) {
        if (g.dimension != dimension) {
            continue;
        }
        const GroupFigures* l = laByGroup.count(g.group) != 0 ? laByGroup[g.group] : nullptr;
        const QString label = dimension == kByYearGroup ? QStringLiteral("Y%1").arg(g.group) : g.label;
        categories << charts::elided(label, 16);
        school.push_back(shownFigure(g.suspensionRate, g.suspensions, policy));
        la.push_back(l != nullptr ? shownFigure(l->suspensionRate, l->suspensions, policy) : std::nullopt);
        const QString noPupils = QStringLiteral("no pupils");
        QStringList row{g.label,
                        countText(g.pupils, policy),
                        countText(g.suspensions, policy),
                        figureText(g.suspensionRate, g.suspensions, policy, noPupils),
                        figureText(g.suspensionRatio, g.suspensions, policy, kDash),
                        l != nullptr ? figureText(l->suspensionRate, l->suspensions, policy, noPupils) : kDash};
        tips.push_back(QStringLiteral("%1\n%2: %3 (%4 suspensions, %5 pupils)\n%6 times the rest of the school\n"
                                      "LA: %7")
                           .arg(g.label, d.schoolName, per100(row[3]), row[2], row[1], row[4], per100(row[5])));
        rows.push_back(row);
    }
    panel.setTable({QStringLiteral("Group"), QStringLiteral("Pupils"), QStringLiteral("Suspensions"),
                    QStringLiteral("Rate per 100"), QStringLiteral("Against the rest"),
                    QStringLiteral("LA rate per 100")},
                   rows);
    groupedBars(panel, categories, school, la, d.schoolName, QStringLiteral("per 100 pupils"), false, tips);
    panel.setNote(rows.empty() ? QStringLiteral("No %1 figures for %2.").arg(what, d.lastYear) : QString());
}

} // namespace

void fillCharacteristics(charts::ChartPanel& panel, const SchoolDashboard& d, const QString& dimension,
                         const SmallNumberPolicy& policy)
{
    fillGroups(panel, d, d.characteristics, d.laCharacteristics, dimension, policy, QStringLiteral("group"));
    panel.setDescription(QStringLiteral("Suspension rate per group (%1) at %2 in %3 beside the LA's, with each "
                                        "group's rate against the rest of the school.")
                             .arg(dimensionLabel(dimension).toLower(), d.schoolName, d.lastYear));
}

void fillYearGroups(charts::ChartPanel& panel, const SchoolDashboard& d, const SmallNumberPolicy& policy)
{
    fillGroups(panel, d, d.yearGroups, d.laYearGroups, kByYearGroup, policy, QStringLiteral("year group"));
    panel.setDescription(
        QStringLiteral("Suspension rate per year group at %1 in %2 beside the LA's.").arg(d.schoolName, d.lastYear));
}

} // namespace casebook::school
