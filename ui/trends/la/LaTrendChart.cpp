#include "trends/la/LaTrendChart.h"

#include "trends/charts/ChartPanel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace casebook {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LaTrendChart", text);
}

// Adds one line per unbroken run of values (a gap where a year has none), all with the same name and pen;
// only the first run shows in the legend.
void addRuns(charts::ChartPanel& panel, const QString& name, const QPen& pen,
             const std::vector<std::optional<double>>& values, const QStringList& years, QAbstractAxis* x,
             QAbstractAxis* y, double& maximum)
{
    QChart* chart = panel.chart();
    QLineSeries* series = nullptr;
    bool first = true;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            series = nullptr;
            continue;
        }
        if (series == nullptr) {
            series = new QLineSeries(chart);
            series->setName(name);
            series->setPen(pen);
            series->setPointsVisible(true);
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
            panel.addTips(series, [name, years](const QPointF& point) {
                const auto at = static_cast<qsizetype>(point.x() + 0.5);
                return QStringLiteral("%1, %2: %3")
                    .arg(name, at >= 0 && at < years.size() ? years[at] : QString(),
                         QString::number(point.y(), 'f', 2));
            });
            if (!first) {
                const auto markers = chart->legend()->markers(series);
                for (auto* marker : markers) {
                    marker->setVisible(false);
                }
            }
            first = false;
        }
        series->append(static_cast<double>(i), *values[i]);
        maximum = std::max(maximum, *values[i]);
    }
}

} // namespace

void showLaTrend(charts::ChartPanel& panel, const LaDashboardData& data, const SmallNumberPolicy& policy)
{
    QChart* chart = panel.chart();
    chart->removeAllSeries();
    const auto oldAxes = chart->axes();
    for (QAbstractAxis* axis : oldAxes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(QString());
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    std::vector<std::optional<double>> suspension;
    std::vector<std::optional<double>> exclusion;
    std::vector<std::optional<double>> nationalSuspension;
    std::vector<std::optional<double>> nationalExclusion;
    QStringList years;
    std::vector<QStringList> rows;
    for (std::size_t i = 0; i < data.laYears.size(); ++i) {
        const PeriodFigures& year = data.laYears[i];
        x->append(year.academicYear, static_cast<double>(i));
        years << year.academicYear;
        suspension.push_back(shownFigure(year.suspensionRate(), year.suspensions, policy));
        exclusion.push_back(shownFigure(year.permanentExclusionRate(), year.permanentExclusions, policy));
        const NationalYear national = nationalYear(data.national, year.academicYear);
        nationalSuspension.push_back(national.suspensionRate);
        nationalExclusion.push_back(national.permanentExclusionRate);
        rows.push_back({year.academicYear, year.headcount ? QString::number(*year.headcount) : tr("no roll"),
                        countText(year.suspensions, policy),
                        year.rollState() == RollState::Known
                            ? figureText(year.suspensionRate(), year.suspensions, policy)
                            : rateText(year, year.suspensionRate()),
                        figureText(national.suspensionRate, 0, policy, tr("none held")),
                        countText(year.permanentExclusions, policy),
                        year.rollState() == RollState::Known
                            ? figureText(year.permanentExclusionRate(), year.permanentExclusions, policy)
                            : rateText(year, year.permanentExclusionRate()),
                        figureText(national.permanentExclusionRate, 0, policy, tr("none held")),
                        QString::number(year.schoolsWithoutRoll)});
    }
    x->setRange(-0.3, std::max(1.0, static_cast<double>(data.laYears.size()) - 0.7));
    chart->addAxis(x, Qt::AlignBottom);
    auto* left = new QValueAxis(chart);
    left->setTitleText(tr("Suspensions per 100"));
    left->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(left, Qt::AlignLeft);
    auto* right = new QValueAxis(chart);
    right->setTitleText(tr("Permanent exclusions per 100"));
    right->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(right, Qt::AlignRight);

    const QColor blue(0x1f, 0x5f, 0xa8);
    const QColor red(0xb0, 0x30, 0x30);
    QPen dashedBlue(blue, 2, Qt::DashLine);
    QPen dashedRed(red, 2, Qt::DashLine);
    double leftMax = 0.0;
    double rightMax = 0.0;
    addRuns(panel, tr("LA suspension rate"), QPen(blue, 3), suspension, years, x, left, leftMax);
    addRuns(panel, tr("National suspension rate"), dashedBlue, nationalSuspension, years, x, left, leftMax);
    addRuns(panel, tr("LA exclusion rate"), QPen(red, 3), exclusion, years, x, right, rightMax);
    addRuns(panel, tr("National exclusion rate"), dashedRed, nationalExclusion, years, x, right, rightMax);
    left->setRange(0.0, leftMax > 0.0 ? leftMax * 1.15 : 1.0);
    right->setRange(0.0, rightMax > 0.0 ? rightMax * 1.15 : 0.1);
    left->applyNiceNumbers();
    right->applyNiceNumbers();
    panel.setTable({tr("Academic year"), tr("Roll"), tr("Suspensions"), tr("Suspension rate"),
                    tr("National suspension rate"), tr("Permanent exclusions"), tr("Exclusion rate"),
                    tr("National exclusion rate"), tr("Schools without a roll (left out)")},
                   rows);
    panel.setDescription(tr("LA suspension and permanent exclusion rates per 100 pupils by academic year, "
                            "with the national rates"));
    panel.setNote(tr("Rates per 100 pupils on the January census roll; dashed lines are national. Years with "
                     "no roll figure are gaps."));
}

} // namespace casebook
