#include "PdfText.h"
#include "PrintedHistoryBuilders.h"
#include "QtPrinters.h"
#include "TempDatabase.h"

#include "HistoryPdf.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using namespace casebook::printing;

const QDate kAsOf(2026, 3, 2);

// Matches `pattern` where any run of spaces in it stands for one or more spaces (pdftotext -layout spreads
// table cells out); no-break spaces in the text count as spaces.
bool hasRow(const QString& text, const QString& pattern)
{
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QStringLiteral("\\ "), QStringLiteral(" "));
    regex.replace(QRegularExpression(QStringLiteral(" +")), QStringLiteral("\\s+"));
    return QString(text).replace(QChar(0x00a0), QLatin1Char(' ')).contains(QRegularExpression(regex));
}

class HistoryPdfTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_history = buildPrintedHistory(db());
        ASSERT_GT(m_history.pupilId, 0);
    }

    QString writePdf(const HistoryPdfOptions& extra = {}, QDate asOf = kAsOf)
    {
        HistoryPdfOptions options = extra;
        options.generatedOn = QDate(2026, 3, 3);
        const QString file = tempPath(QStringLiteral("history.pdf"));
        Status written = writeHistoryPdf(db(), m_history.pupilId, file, asOf, options);
        EXPECT_TRUE(written) << written.error().message.toStdString();
        return file;
    }

    PrintedHistory m_history;
};

TEST_F(HistoryPdfTest, LoadsTheHistoryFromTheRepositories)
{
    auto data = loadHistoryPdfData(db(), m_history.pupilId, kAsOf);
    ASSERT_TRUE(data) << data.error().message.toStdString();
    EXPECT_EQ(data->name, QStringLiteral("BLOGGS, Jo"));
    EXPECT_EQ(data->upn, m_history.upn);
    EXPECT_EQ(data->header.currentSchool, QStringLiteral("Southgate School"));
    EXPECT_EQ(data->header.sen, QStringLiteral("K"));
    EXPECT_TRUE(data->header.freeSchoolMeals);
    EXPECT_TRUE(data->header.lookedAfter);
    ASSERT_EQ(data->years.size(), 2u);
    ASSERT_EQ(data->supportTried.size(), 1u);
    EXPECT_EQ(data->events.size(), m_history.events.size());
    EXPECT_EQ(data->schoolNames.value(m_history.northfield), QStringLiteral("Northfield Academy"));
    EXPECT_EQ(data->schoolNames.value(m_history.southgate), QStringLiteral("Southgate School"));
}

TEST_F(HistoryPdfTest, PrintsIdentityFiguresGapsAndEveryEventMarkedOnEveryPage)
{
    const QString file = writePdf();
    const int pages = PdfText::pages(file);
    ASSERT_GE(pages, 1);
    for (int p = 1; p <= pages; ++p) {
        const QString text = PdfText::text(file, p);
        SCOPED_TRACE(p);
        EXPECT_EQ(text.count(QStringLiteral("OFFICIAL-SENSITIVE")), 2);
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
        EXPECT_TRUE(text.contains(QStringLiteral("BLOGGS, Jo")));
    }
    const QString text = PdfText::text(file);
    // Identity and flags.
    EXPECT_TRUE(text.contains(QStringLiteral("Pupil history")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("UPN ") + m_history.upn));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Date of birth 01/05/2011")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Current school Southgate School")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("SEN SEN support")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Free school meals Yes")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Looked after Yes")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("History as on 02/03/2026")));
    // Key figures per academic year: suspensions, days, reasons, exclusions, schools by name. 2025/26 has no
    // published calendar here, so its days are marked as resting on estimated dates.
    EXPECT_TRUE(hasRow(text, QStringLiteral("2024/25 2 1.5 DB \u00d72, VA \u00d71 0 Northfield Academy")))
        << text.toStdString();
    EXPECT_TRUE(hasRow(text, QStringLiteral("Southgate School")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("2025/26 1 2* PA \u00d71 1 Southgate School"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("* Some days rest on estimated term dates")));
    EXPECT_TRUE(text.contains(QStringLiteral("DB Persistent disruptive behaviour")) ||
                text.contains(QStringLiteral("DB Disruptive behaviour")));
    // Support tried before the exclusion, with the gaps said plainly.
    EXPECT_TRUE(hasRow(text, QStringLiteral("Permanent exclusion decided 03/11/2025, Southgate School")));
    EXPECT_TRUE(text.contains(QStringLiteral("4 of 7 avenues were not tried before the exclusion.")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Pastoral support plan Tried 10/02/2025")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("PIP referral Tried 10/03/2025")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("EHC needs assessment Not tried before the exclusion")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Early help Not tried before the exclusion")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Outreach Tried 24/03/2025")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Alternative provision Not tried before the exclusion")));
    EXPECT_TRUE(hasRow(text, QStringLiteral("Managed move Not tried before the exclusion")));
    // The chronology: every event, oldest first (the date, then the first word of what happened: a label may wrap
    // within its cell).
    EXPECT_TRUE(text.contains(QStringLiteral("12 events, oldest first.")));
    const qsizetype chronology = text.indexOf(QStringLiteral("Chronology"));
    ASSERT_GE(chronology, 0);
    qsizetype at = chronology;
    for (const QString& event : m_history.events) {
        const QStringList words = event.split(QLatin1Char(' '));
        const QString regex = QRegularExpression::escape(words.at(0)) + QStringLiteral("\\s+") +
                              QRegularExpression::escape(words.at(1)) + QStringLiteral("\\b");
        const QRegularExpressionMatch m = QRegularExpression(regex).match(text, at);
        ASSERT_TRUE(m.hasMatch()) << "missing or out of order: " << event.toStdString();
        at = m.capturedEnd();
    }
    // Details in plain English.
    EXPECT_TRUE(text.contains(QStringLiteral("Physical assault against an adult (PA)")) ||
                text.contains(QStringLiteral("(PA)")));
    EXPECT_TRUE(text.contains(QStringLiteral("half a day")));
    EXPECT_TRUE(text.contains(QStringLiteral("Outreach support; Weekly")));
    EXPECT_TRUE(text.contains(QStringLiteral("Moved to another school")) ||
                text.contains(QStringLiteral("Moved school")));
    // The timeline picture, drawn from the pupil's records, comes before the figures with its year labels.
    const qsizetype timeline = text.indexOf(QStringLiteral("Timeline"));
    const qsizetype figures = text.indexOf(QStringLiteral("Key figures per academic year"));
    ASSERT_GE(timeline, 0);
    EXPECT_LT(timeline, figures);
    const QString picture = text.mid(timeline, figures - timeline);
    EXPECT_TRUE(picture.contains(QStringLiteral("2024/25"))) << picture.toStdString();
    EXPECT_TRUE(picture.contains(QStringLiteral("2025/26"))) << picture.toStdString();
}

TEST_F(HistoryPdfTest, HandMadeDataWithoutATimelineLeavesTheSectionOut)
{
    auto data = loadHistoryPdfData(db(), m_history.pupilId, kAsOf);
    ASSERT_TRUE(data);
    HistoryPdfData handMade = std::move(data).value();
    handMade.timeline.reset();
    const QString file = tempPath(QStringLiteral("no-timeline.pdf"));
    ASSERT_TRUE(writeHistoryPdf(handMade, file));
    const QString text = PdfText::text(file);
    EXPECT_FALSE(text.contains(QStringLiteral("Timeline")));
    EXPECT_TRUE(text.contains(QStringLiteral("Key figures per academic year")));
}

TEST_F(HistoryPdfTest, DrawsTheTimelineWhenADrawerIsGiven)
{
    HistoryPdfOptions options;
    QRectF given;
    options.timeline = [&given](QPainter& painter, const QRectF& rect) {
        given = rect;
        painter.drawText(rect, Qt::AlignCenter, QStringLiteral("TIMELINE PICTURE"));
    };
    options.timelineHeightMm = 60;
    const QString file = writePdf(options);
    const QString text = PdfText::text(file);
    EXPECT_NEAR(given.height(), 60 * 300 / 25.4, 0.5);
    const qsizetype heading = text.indexOf(QStringLiteral("Timeline"));
    const qsizetype picture = text.indexOf(QStringLiteral("TIMELINE PICTURE"));
    const qsizetype figures = text.indexOf(QStringLiteral("Key figures per academic year"));
    ASSERT_GE(heading, 0);
    EXPECT_LT(heading, picture);
    EXPECT_LT(picture, figures);
}

TEST_F(HistoryPdfTest, AsOfADateLeavesOutWhatCameLater)
{
    const QString file = writePdf({}, QDate(2025, 10, 1));
    const QString text = PdfText::text(file);
    EXPECT_TRUE(text.contains(QStringLiteral("No permanent exclusion is recorded.")));
    EXPECT_FALSE(text.contains(QStringLiteral("03/11/2025")));
    EXPECT_FALSE(text.contains(QStringLiteral("20/11/2025")));
    EXPECT_TRUE(text.contains(QStringLiteral("10 events, oldest first.")));
    // The timeline as on that day too: no exclusion drawn (its legend names only what is drawn).
    const QRegularExpression exclusionLegend(
        QStringLiteral("Permanent exclusion|Exclusion awaiting review|Exclusion, reinstated|Exclusion, withdrawn"));
    const auto timelineOf = [](const QString& pdf) {
        const qsizetype from = pdf.indexOf(QStringLiteral("Timeline"));
        return pdf.mid(from, pdf.indexOf(QStringLiteral("Key figures per academic year")) - from);
    };
    EXPECT_FALSE(timelineOf(text).contains(exclusionLegend)) << timelineOf(text).toStdString();
    // As on today (the default) the exclusion is there.
    const QString today = PdfText::text(writePdf({}, QDate::currentDate()));
    EXPECT_TRUE(timelineOf(today).contains(exclusionLegend)) << timelineOf(today).toStdString();
}

TEST_F(HistoryPdfTest, AnUnknownPupilWritesNothing)
{
    const QString file = tempPath(QStringLiteral("nobody.pdf"));
    Status written = writeHistoryPdf(db(), m_history.pupilId + 100, file, kAsOf);
    EXPECT_FALSE(written);
    EXPECT_FALSE(QFileInfo::exists(file));
}

// A pupil with a very long history, drawn from data alone: every row is printed, the pages are numbered, and
// the time stays far from the HTML approach's (about 2 s for 2,000 rows).
TEST(HistoryPdfData, TwoThousandEventsAreAllPrinted)
{
    HistoryPdfData data;
    data.pupilId = 1;
    data.name = QStringLiteral("LONGHISTORY, Sam");
    data.upn = QStringLiteral("A938400111001");
    data.dateOfBirth = QDate(2010, 1, 1);
    data.asOf = QDate(2026, 3, 2);
    const QStringList kinds = {QStringLiteral("suspension"), QStringLiteral("case_note"), QStringLiteral("support"),
                               QStringLiteral("psp_review")};
    for (int i = 0; i < 2000; ++i) {
        ChronologyEvent e;
        e.date = QDate(2018, 9, 1).addDays(i);
        e.kind = kinds.at(i % kinds.size());
        e.schoolName = QStringLiteral("Northfield Academy");
        e.detail = e.kind == QLatin1String("suspension") ? QStringLiteral("DB") : QStringLiteral("phone_call");
        e.detail2 = e.kind == QLatin1String("suspension")
                        ? QStringLiteral("2")
                        : QStringLiteral("Event%1 with a note long enough to wrap onto a second line in the "
                                         "detail column of the chronology table")
                              .arg(i);
        data.events.push_back(e);
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("long.pdf"));
    QElapsedTimer timer;
    timer.start();
    HistoryPdfOptions options;
    options.generatedOn = QDate(2026, 3, 3);
    Status written = writeHistoryPdf(data, file, options);
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const int pages = PdfText::pages(file);
    std::printf("[ timing ] history PDF, 2,000 chronology rows: %lld ms, %d pages, %lld bytes\n",
                static_cast<long long>(ms), pages, static_cast<long long>(QFileInfo(file).size()));
    EXPECT_GT(pages, 30);
    const QString text = PdfText::text(file);
    EXPECT_TRUE(text.contains(QStringLiteral("2000 events, oldest first.")));
    for (int i = 1; i < 2000; i += 4) {
        ASSERT_TRUE(text.contains(QRegularExpression(QStringLiteral("\\bEvent%1\\b").arg(i)))) << i;
    }
    const QString last = PdfText::text(file, pages);
    EXPECT_TRUE(last.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    EXPECT_TRUE(last.contains(QStringLiteral("Date"))); // the header row repeated on the last page
}

} // namespace
} // namespace casebook::test
