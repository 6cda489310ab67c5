#include "MinutesPdf.h"

#include "ChronologyText.h"
#include "calendar/UkDate.h"

namespace casebook::printing {

namespace {

QString orNone(const QString& text, const QString& none = QStringLiteral("None recorded"))
{
    return text.trimmed().isEmpty() ? none : text.trimmed();
}

QString statusLabel(const QString& status)
{
    if (status == QLatin1String("held")) {
        return QStringLiteral("Held");
    }
    if (status == QLatin1String("planned")) {
        return QStringLiteral("Planned (not yet held)");
    }
    if (status == QLatin1String("cancelled")) {
        return QStringLiteral("Cancelled");
    }
    return orNone(status, QStringLiteral("Not recorded"));
}

QString decisionText(const MinutesItem& item)
{
    if (!item.decisionLabel.trimmed().isEmpty()) {
        return item.decisionLabel.trimmed();
    }
    return item.decision.isEmpty() ? QStringLiteral("No decision recorded") : panelDecisionLabel(item.decision);
}

// The attendees as entered, one per line, blank lines dropped.
QString attendeeLines(const QString& attendees)
{
    QStringList lines;
    for (const QString& line : attendees.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            lines << line.trimmed();
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void addItem(PdfDocument& doc, const MinutesItem& item)
{
    const QString position = item.agendaPosition > 0 ? QStringLiteral("%1. ").arg(item.agendaPosition) : QString();
    doc.addSubheading(position + orNone(item.pupilName, QStringLiteral("Pupil not named")));
    std::vector<std::pair<QString, QString>> pairs = {
        {QStringLiteral("UPN"), orNone(item.upn)},
    };
    if (item.dateOfBirth.isValid()) {
        pairs.emplace_back(QStringLiteral("Date of birth"), ukDate(item.dateOfBirth));
    }
    pairs.emplace_back(QStringLiteral("Referring school"), orNone(item.schoolName, QStringLiteral("Not recorded")));
    if (item.receivedOn.isValid()) {
        pairs.emplace_back(QStringLiteral("Referral received"), ukDate(item.receivedOn));
    }
    pairs.emplace_back(QStringLiteral("Reason for referral"), orNone(item.reason, QStringLiteral("Not recorded")));
    pairs.emplace_back(QStringLiteral("Decision"), decisionText(item));
    if (!item.decisionNotes.trimmed().isEmpty()) {
        pairs.emplace_back(QStringLiteral("Decision notes"), item.decisionNotes.trimmed());
    }
    doc.addKeyValues(pairs, 45);
    // The minutes may run long: they flow as paragraphs, line by line over pages.
    doc.addParagraph(QStringLiteral("Minutes"), TextStyle::BodyBold, true);
    doc.addParagraph(orNone(item.minutes));

    doc.addParagraph(QStringLiteral("Actions agreed"), TextStyle::BodyBold, true);
    PdfTable actions;
    actions.columns = {
        {QStringLiteral("Action"), 0, 2},
        {QStringLiteral("Owner"), 0, 1},
        {QStringLiteral("Due"), 23},
    };
    actions.emptyText = QStringLiteral("No actions agreed.");
    for (const MinutesAction& a : item.actions) {
        actions.rows.push_back({{a.description, a.owner, a.dueOn.isValid() ? ukDate(a.dueOn) : QStringLiteral("-")}});
    }
    doc.addTable(std::move(actions));
    doc.addSpace(4);
}

} // namespace

PdfDocument minutesDocument(const PanelMinutes& minutes, const MinutesPdfOptions& options)
{
    PdfPageSetup setup;
    setup.title = QStringLiteral("Pupil Inclusion Panel: minutes");
    setup.subtitle = QStringLiteral("Meeting of %1").arg(ukDate(minutes.meetingDate));
    if (!minutes.location.trimmed().isEmpty()) {
        setup.subtitle += QStringLiteral(" \u00b7 ") + minutes.location.trimmed();
    }
    setup.marking = ProtectiveMarking::OfficialSensitive;
    setup.generatedOn = options.generatedOn;
    PdfDocument doc(setup);

    doc.addTitle(QStringLiteral("Pupil Inclusion Panel: minutes"));
    doc.addKeyValues(
        {
            {QStringLiteral("Meeting date"), ukDate(minutes.meetingDate)},
            {QStringLiteral("Location"), orNone(minutes.location, QStringLiteral("Not recorded"))},
            {QStringLiteral("Meeting"), statusLabel(minutes.status)},
            {QStringLiteral("Referrals considered"), QString::number(minutes.items.size())},
        },
        50);

    doc.addHeading(QStringLiteral("Attendees"));
    doc.addParagraph(orNone(attendeeLines(minutes.attendees)));

    doc.addHeading(QStringLiteral("General minutes"));
    doc.addParagraph(orNone(minutes.minutes));

    doc.addHeading(QStringLiteral("Referrals, decisions and actions"));
    if (minutes.items.empty()) {
        doc.addParagraph(QStringLiteral("No referrals were on the agenda."));
    }
    for (const MinutesItem& item : minutes.items) {
        addItem(doc, item);
    }
    return doc;
}

Status writeMinutesPdf(const PanelMinutes& minutes, const QString& path, const MinutesPdfOptions& options)
{
    auto pages = minutesDocument(minutes, options).write(path);
    if (!pages) {
        return pages.error();
    }
    return {};
}

} // namespace casebook::printing
