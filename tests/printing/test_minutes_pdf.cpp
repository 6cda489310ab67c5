#include "PdfText.h"
#include "QtPrinters.h"

#include "MinutesPdf.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using namespace casebook::printing;

bool hasRow(const QString& text, const QString& pattern)
{
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QStringLiteral("\\ "), QStringLiteral(" "));
    regex.replace(QRegularExpression(QStringLiteral(" +")), QStringLiteral("\\s+"));
    return text.contains(QRegularExpression(regex));
}

MinutesItem item(int position, const QString& name, const QString& upn, const QString& decision, const QString& label)
{
    MinutesItem i;
    i.agendaPosition = position;
    i.referralId = position;
    i.pupilId = 100 + position;
    i.pupilName = name;
    i.upn = upn;
    i.dateOfBirth = QDate(2011, 5, position);
    i.schoolName = QStringLiteral("Southgate School");
    i.receivedOn = QDate(2025, 3, position);
    i.reason = QStringLiteral("Escalating behaviour, case %1").arg(position);
    i.decision = decision;
    i.decisionLabel = label;
    return i;
}

PanelMinutes handMadeMinutes()
{
    PanelMinutes m;
    m.meetingId = 7;
    m.meetingDate = QDate(2025, 3, 24);
    m.location = QStringLiteral("Civic Centre, Room 2");
    m.attendees = QStringLiteral("A. Patel (chair)\nB. Jones, Virtual School\n\nC. Okafor, Educational Psychology");
    m.status = QStringLiteral("held");
    m.minutes = QStringLiteral("Quorate. Minutes of the February meeting agreed.");

    MinutesItem first = item(1, QStringLiteral("BLOGGS, Jo"), QStringLiteral("A938400111001"),
                             QStringLiteral("outreach_support"), QStringLiteral("Outreach support"));
    first.decisionNotes = QStringLiteral("Weekly sessions for a term, reviewed at panel.");
    first.minutes = QStringLiteral("The school described three suspensions this term despite a PSP.");
    first.actions = {
        {QStringLiteral("Outreach team to begin weekly sessions"), QStringLiteral("Behaviour outreach team"),
         QDate(2025, 4, 7)},
        {QStringLiteral("School to update the PSP targets"), QStringLiteral("School SENCo"), QDate(2025, 4, 25)}};
    MinutesItem second = item(2, QStringLiteral("CARTER, Sam"), QStringLiteral("B938400210002"),
                              QStringLiteral("managed_move"), QStringLiteral("Managed move"));
    second.actions = {{QStringLiteral("Find a receiving school for a managed move"),
                       QStringLiteral("Fair access officer"), QDate(2025, 5, 2)}};
    // A long discussion, so that the minutes run over several pages.
    QStringList paragraphs;
    for (int i = 1; i <= 60; ++i) {
        paragraphs << QStringLiteral("Point %1: the panel discussed the placement, the attendance record and the "
                                     "views of the parent and of the pupil at some length.")
                          .arg(i);
    }
    second.minutes = paragraphs.join(QLatin1Char('\n'));
    MinutesItem third =
        item(3, QStringLiteral("DUNN, Alex"), QString(), QString(), QStringLiteral("No decision recorded"));
    m.items = {first, second, third};
    return m;
}

TEST(MinutesPdf, PrintsAttendeesDecisionsAndActionsMarkedOnEveryPage)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("minutes.pdf"));
    MinutesPdfOptions options;
    options.generatedOn = QDate(2025, 3, 25);
    Status written = writeMinutesPdf(handMadeMinutes(), file, options);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const int pages = PdfText::pages(file);
    ASSERT_GE(pages, 2);
    for (int p = 1; p <= pages; ++p) {
        const QString text = PdfText::text(file, p);
        SCOPED_TRACE(p);
        EXPECT_EQ(text.count(QStringLiteral("OFFICIAL-SENSITIVE")), 2);
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
        EXPECT_TRUE(text.contains(QStringLiteral("Pupil Inclusion Panel: minutes")));
        EXPECT_TRUE(text.contains(QStringLiteral("Generated 25/03/2025")));
    }
    const QString text = PdfText::text(file);
    EXPECT_TRUE(hasRow(text, QStringLiteral("Meeting date 24/03/2025")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Location Civic Centre, Room 2")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Referrals considered 3"))) << text.toStdString();
    // Attendees, one per line, in the order entered.
    const QRegularExpression attendees(QStringLiteral("A\\. Patel \\(chair\\)\\s*\\n\\s*B\\. Jones, Virtual School\\s*"
                                                      "\\n\\s*C\\. Okafor, Educational Psychology"));
    EXPECT_TRUE(text.contains(attendees)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Quorate. Minutes of the February meeting agreed.")));
    // Each case in agenda order with its decision and actions (owner and due date on the action's row).
    const qsizetype one = text.indexOf(QStringLiteral("1. BLOGGS, Jo"));
    const qsizetype two = text.indexOf(QStringLiteral("2. CARTER, Sam"));
    const qsizetype three = text.indexOf(QStringLiteral("3. DUNN, Alex"));
    ASSERT_GE(one, 0);
    EXPECT_LT(one, two);
    EXPECT_LT(two, three);
    EXPECT_TRUE(hasRow(text, QStringLiteral("UPN A938400111001")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Referring school Southgate School")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Reason for referral Escalating behaviour, case 1")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Decision Outreach support")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Decision notes Weekly sessions for a term, reviewed at panel.")));
    EXPECT_TRUE(text.contains(QStringLiteral("The school described three suspensions this term despite a PSP.")));
    EXPECT_TRUE(
        hasRow(text, QStringLiteral("Outreach team to begin weekly sessions Behaviour outreach team 07/04/2025")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("School to update the PSP targets School SENCo 25/04/2025")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Decision Managed move")));
    EXPECT_TRUE(
        hasRow(text, QStringLiteral("Find a receiving school for a managed move Fair access officer 02/05/2025")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Decision No decision recorded")));
    EXPECT_TRUE(text.contains(QStringLiteral("No actions agreed.")));
    for (int i = 1; i <= 60; ++i) {
        EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("Point %1:").arg(i)))) << i;
    }
    EXPECT_LT(text.lastIndexOf(QStringLiteral("Point 60:")), three);
}

// With CASEBOOK_SCREENSHOT_DIR set, the first page of realistic minutes is saved as <dir>/minutes-pdf.png (60 dpi)
// to be looked at.
TEST(MinutesPdf, FirstPageScreenshot)
{
    const QString shots = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (shots.isEmpty()) {
        GTEST_SKIP() << "CASEBOOK_SCREENSHOT_DIR not set";
    }
    PanelMinutes m = handMadeMinutes();
    m.items[1].minutes = QStringLiteral(
        "The receiving school described the induction plan. The parent supports a fresh start and asked for "
        "transport to be arranged. The panel noted the attendance of 84% this term.");
    m.items[2].minutes = QStringLiteral("Deferred: the school's evidence pack had not been received.");
    m.items[2].actions = {{QStringLiteral("Send the evidence pack to the panel clerk"), QStringLiteral("Headteacher"),
                           QDate(2025, 3, 31)}};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("minutes.pdf"));
    MinutesPdfOptions options;
    options.generatedOn = QDate(2025, 3, 25);
    ASSERT_TRUE(writeMinutesPdf(m, file, options));
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                  QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), file,
                  QDir(shots).filePath(QStringLiteral("minutes-pdf"))});
    ASSERT_TRUE(render.waitForFinished(30000));
    EXPECT_EQ(render.exitCode(), 0);
}

TEST(MinutesPdf, AMeetingWithNoReferralsSaysSo)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("empty.pdf"));
    PanelMinutes m;
    m.meetingDate = QDate(2025, 3, 24);
    m.status = QStringLiteral("cancelled");
    ASSERT_TRUE(writeMinutesPdf(m, file));
    const QString text = PdfText::text(file);
    EXPECT_TRUE(text.contains(QStringLiteral("No referrals were on the agenda.")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Meeting Cancelled")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Attendees None recorded")) ||
                text.contains(QStringLiteral("None recorded")));
}

} // namespace
} // namespace casebook::test
