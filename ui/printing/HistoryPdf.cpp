#include "HistoryPdf.h"

#include "TimelinePainter.h"

#include "ChronologyText.h"
#include "calendar/UkDate.h"
#include "rules/ReasonCodes.h"

#include <QLocale>

#include <set>

namespace casebook::printing {

namespace {

QString senText(const QString& sen)
{
    if (sen == QLatin1String("K")) {
        return QStringLiteral("SEN support");
    }
    if (sen == QLatin1String("E")) {
        return QStringLiteral("EHC plan");
    }
    if (sen == QLatin1String("N")) {
        return QStringLiteral("No special educational needs");
    }
    return QStringLiteral("Not recorded");
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Yes") : QStringLiteral("No");
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

QString schoolName(const HistoryPdfData& data, qint64 id)
{
    const QString name = data.schoolNames.value(id);
    return name.isEmpty() ? QStringLiteral("School %1").arg(id) : name;
}

void addIdentity(PdfDocument& doc, const HistoryPdfData& data)
{
    doc.addTitle(QStringLiteral("Pupil history"));
    doc.addSubheading(data.name);
    std::vector<std::pair<QString, QString>> pairs = {
        {QStringLiteral("UPN"), data.upn.isEmpty() ? QStringLiteral("None recorded") : data.upn},
        {QStringLiteral("Date of birth"), ukDate(data.dateOfBirth)},
        {QStringLiteral("Current school"),
         data.header.currentSchool.isEmpty() ? QStringLiteral("Not on a school's roll") : data.header.currentSchool},
        {QStringLiteral("SEN"), senText(data.header.sen)},
        {QStringLiteral("Free school meals"), yesNo(data.header.freeSchoolMeals)},
        {QStringLiteral("Looked after"), yesNo(data.header.lookedAfter)},
    };
    if (data.header.openPspSince.isValid()) {
        pairs.emplace_back(QStringLiteral("Pastoral support plan"),
                           QStringLiteral("Open since %1").arg(ukDate(data.header.openPspSince)));
    }
    if (!data.header.pipStatus.isEmpty()) {
        QString pip = QStringLiteral("Received %1, %2")
                          .arg(ukDate(data.header.pipReceived),
                               QString(data.header.pipStatus).replace(QLatin1Char('_'), QLatin1Char(' ')));
        if (!data.header.pipDecision.isEmpty()) {
            pip += QStringLiteral(": ") + panelDecisionLabel(data.header.pipDecision);
        }
        pairs.emplace_back(QStringLiteral("Latest panel referral"), pip);
    }
    pairs.emplace_back(QStringLiteral("History as on"), ukDate(data.asOf));
    doc.addKeyValues(pairs, 48);
}

void addYears(PdfDocument& doc, const HistoryPdfData& data)
{
    doc.addHeading(QStringLiteral("Key figures per academic year"));
    PdfTable table;
    table.columns = {
        {QStringLiteral("Academic year"), 25},
        {QStringLiteral("Suspensions"), 24, 1, Qt::AlignRight},
        {QStringLiteral("Days"), 15, 1, Qt::AlignRight},
        {QStringLiteral("Reasons (times given)"), 0, 1},
        {QStringLiteral("Permanent exclusions"), 25, 1, Qt::AlignRight},
        {QStringLiteral("Schools"), 0, 1.6},
    };
    table.emptyText = QStringLiteral("No suspensions, permanent exclusions or enrolments recorded.");
    std::set<QString> codes;
    bool estimated = false;
    for (const YearFigures& y : data.years) {
        QStringList reasons;
        for (const auto& [code, times] : y.reasons) {
            // A no-break space keeps a code with its count when the cell wraps.
            reasons << QStringLiteral("%1\u00a0\u00d7%2").arg(code).arg(times);
            codes.insert(code);
        }
        QStringList schools;
        for (const qint64 id : y.schoolIds) {
            schools << schoolName(data, id);
        }
        estimated = estimated || y.daysEstimated;
        table.rows.push_back({{y.year.label(), QString::number(y.suspensions),
                               number(y.suspensionDays) + (y.daysEstimated ? QStringLiteral("*") : QString()),
                               reasons.join(QStringLiteral(", ")), QString::number(y.permanentExclusions),
                               schools.join(QLatin1Char('\n'))},
                              y.permanentExclusions > 0});
    }
    doc.addTable(table);
    QStringList notes;
    if (estimated) {
        notes << QStringLiteral("* Some days rest on estimated term dates (no published calendar for the school).");
    }
    if (!codes.empty()) {
        static const std::vector<ReasonCode> table2 = builtInReasonCodes();
        QStringList legend;
        for (const QString& code : codes) {
            QString description;
            for (const ReasonCode& r : table2) {
                if (r.code == code) {
                    description = r.description;
                    break;
                }
            }
            legend << (description.isEmpty() ? code : code + QStringLiteral(" ") + description);
        }
        notes << QStringLiteral("Reason codes: ") + legend.join(QStringLiteral("; ")) + QLatin1Char('.');
    }
    for (const QString& note : notes) {
        doc.addParagraph(note, TextStyle::Small);
    }
}

void addSupport(PdfDocument& doc, const HistoryPdfData& data)
{
    doc.addHeading(QStringLiteral("Support tried before each permanent exclusion"));
    if (data.supportTried.empty()) {
        doc.addParagraph(QStringLiteral("No permanent exclusion is recorded."));
        return;
    }
    doc.addParagraph(QStringLiteral("The panel is asked to challenge a permanent exclusion unless all avenues of "
                                    "support were tried first. Gaps are in bold."),
                     TextStyle::Body, true);
    for (const SupportBeforeExclusion& s : data.supportTried) {
        QString heading = QStringLiteral("Permanent exclusion decided %1, %2")
                              .arg(ukDate(s.decisionDate), schoolName(data, s.schoolId));
        if (s.withdrawn) {
            heading += QStringLiteral(" (withdrawn)");
        }
        doc.addSubheading(heading);
        const int gaps = s.gaps();
        const int total = static_cast<int>(s.avenues.size());
        doc.addParagraph(
            gaps == 0 ? QStringLiteral("All %1 avenues were tried before the exclusion.").arg(total)
                      : QStringLiteral("%1 of %2 avenues were not tried before the exclusion.").arg(gaps).arg(total),
            TextStyle::Body, true);
        PdfTable table;
        table.columns = {{QStringLiteral("Avenue of support"), 60}, {QStringLiteral("Before the exclusion")}};
        table.keepTogether = true;
        for (const AvenueTried& a : s.avenues) {
            table.rows.push_back({{a.name, describeAvenue(a)}, !a.tried});
        }
        doc.addTable(table);
    }
}

void addChronology(PdfDocument& doc, const HistoryPdfData& data)
{
    doc.addHeading(QStringLiteral("Chronology"));
    doc.addParagraph(data.events.size() == 1 ? QStringLiteral("1 event, oldest first.")
                                             : QStringLiteral("%1 events, oldest first.").arg(data.events.size()),
                     TextStyle::Body, true);
    PdfTable table;
    table.columns = {
        {QStringLiteral("Date"), 25},
        {QStringLiteral("What"), 36},
        {QStringLiteral("School"), 0, 1},
        {QStringLiteral("Detail"), 0, 1.8},
    };
    table.emptyText = QStringLiteral("No events recorded.");
    table.rows.reserve(static_cast<std::size_t>(data.events.size()));
    for (const ChronologyEvent& e : data.events) {
        table.rows.push_back({{ukDate(e.date), chronologyKindLabel(e.kind), e.schoolName, chronologyDetail(e)},
                              e.kind == QLatin1String("permanent_exclusion")});
    }
    doc.addTable(std::move(table));
}

} // namespace

PdfDocument historyDocument(const HistoryPdfData& data, const HistoryPdfOptions& options)
{
    PdfPageSetup setup;
    setup.title = QStringLiteral("Pupil history");
    QString subtitle = data.name;
    if (!data.upn.isEmpty()) {
        subtitle += QStringLiteral(" \u00b7 UPN ") + data.upn;
    }
    if (data.dateOfBirth.isValid()) {
        subtitle += QStringLiteral(" \u00b7 born ") + ukDate(data.dateOfBirth);
    }
    setup.subtitle = subtitle;
    setup.marking = ProtectiveMarking::OfficialSensitive;
    setup.generatedOn = options.generatedOn;
    PdfDocument doc(setup);
    addIdentity(doc, data);
    if (options.timeline) {
        doc.addHeading(QStringLiteral("Timeline"));
        doc.addPicture(options.timelineHeightMm, options.timeline);
    } else if (data.timeline) {
        const TimelineData timeline = *data.timeline;
        doc.addHeading(QStringLiteral("Timeline"));
        doc.addPicture(options.timelineHeightMm,
                       [timeline](QPainter& painter, const QRectF& area) { paintTimeline(painter, area, timeline); });
    }
    addYears(doc, data);
    addSupport(doc, data);
    addChronology(doc, data);
    return doc;
}

Status writeHistoryPdf(const HistoryPdfData& data, const QString& path, const HistoryPdfOptions& options)
{
    auto pages = historyDocument(data, options).write(path);
    if (!pages) {
        return pages.error();
    }
    return {};
}

Status writeHistoryPdf(Database& db, qint64 pupilId, const QString& path, QDate asOf, const HistoryPdfOptions& options)
{
    auto data = loadHistoryPdfData(db, pupilId, asOf);
    if (!data) {
        return data.error();
    }
    return writeHistoryPdf(*data, path, options);
}

} // namespace casebook::printing
