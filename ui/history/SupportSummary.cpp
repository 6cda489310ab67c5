#include "history/SupportSummary.h"

#include "calendar/UkDate.h"

#include <QObject>

namespace casebook {

namespace {

const char* const kGapColour = "#b00020";

} // namespace

QString supportTriedHtml(const std::vector<SupportBeforeExclusion>& exclusions,
                         const std::map<qint64, QString>& schoolNames)
{
    if (exclusions.empty()) {
        return QObject::tr("<p>No permanent exclusion: there is no support to weigh against one.</p>");
    }
    QString html;
    for (const SupportBeforeExclusion& x : exclusions) {
        const auto school = schoolNames.find(x.schoolId);
        QString heading = QObject::tr("Before the permanent exclusion of %1").arg(ukDate(x.decisionDate));
        if (school != schoolNames.end()) {
            heading += QObject::tr(" from %1").arg(school->second.toHtmlEscaped());
        }
        if (x.withdrawn) {
            heading += QObject::tr(" (withdrawn)");
        }
        html += QStringLiteral("<p style='margin-bottom:2px'><b>%1</b><br>").arg(heading);
        const int gaps = x.gaps();
        const int avenues = static_cast<int>(x.avenues.size());
        if (gaps == 0) {
            html += QObject::tr("All %1 avenues were tried.").arg(avenues);
        } else {
            html += QStringLiteral("<b style='color:%1'>%2</b>")
                        .arg(QString::fromLatin1(kGapColour),
                             gaps == 1 ? QObject::tr("1 gap: 1 of %1 avenues not tried").arg(avenues)
                                       : QObject::tr("%1 gaps: %1 of %2 avenues not tried").arg(gaps).arg(avenues));
        }
        html += QStringLiteral("</p><table cellspacing='0' cellpadding='2'>");
        for (const AvenueTried& a : x.avenues) {
            const QString what = describeAvenue(a).toHtmlEscaped();
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(a.name.toHtmlEscaped(),
                         a.tried
                             ? what
                             : QStringLiteral("<b style='color:%1'>%2</b>").arg(QString::fromLatin1(kGapColour), what));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace casebook
