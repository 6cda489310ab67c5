#include "Builders.h"
#include "CliRunner.h"
#include "QtPrinters.h"

#include "db/Database.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/CalendarImport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// A small LA on the 2024/25 calendar in tests/data, with cases whose deadlines were worked out by hand.
class CliAlertsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("la.sqlite"));
        auto opened = Database::open(m_path);
        ASSERT_TRUE(opened.ok());
        Database& db = *opened.value();
        SchoolRepository schools(db);
        const qint64 north = schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        const qint64 south = schools.insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Southgate"))).value();
        ASSERT_TRUE(loadFixtureTermDates(db));

        PupilRepository pupils(db);
        m_suspendedUpn = makeUpn(938, 4001, 11, 1);
        m_excludedUpn = makeUpn(938, 4002, 10, 2);
        m_irpUpn = makeUpn(938, 4002, 10, 3);
        const qint64 jo =
            pupils.insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1), m_suspendedUpn))
                .value();
        const qint64 sam =
            pupils.insert(makePupil(QStringLiteral("Sam"), QStringLiteral("Carter"), QDate(2010, 2, 9), m_excludedUpn))
                .value();
        const qint64 alex =
            pupils.insert(makePupil(QStringLiteral("Alex"), QStringLiteral("Dunn"), QDate(2010, 6, 3), m_irpUpn))
                .value();
        ExclusionRepository cases(db);

        // Six days from Thu 24/10/2024 across half term: 24, 25 Oct, 4, 5, 6, 7 Nov. Sixth day 07/11/2024.
        // Everyone told but the LA.
        Suspension s;
        s.pupilId = jo;
        s.schoolId = north;
        s.firstDay = QDate(2024, 10, 24);
        s.sessions = 12;
        s.decisionDate = QDate(2024, 10, 23);
        s.reasonCodes = {QStringLiteral("DB"), QStringLiteral("VA")};
        s.parentNotifiedOn = s.governorsNotifiedOn = QDate(2024, 10, 23);
        ASSERT_TRUE(cases.insertSuspension(s).ok());

        // Permanent exclusion decided Wed 15/01/2025, effective Thu 16/01/2025, all notified, board not met.
        // Board: 15 school days after 15/01 is 05/02/2025. LA sixth day: 16,17,20,21,22,23 Jan → 23/01/2025.
        PermanentExclusion x;
        x.pupilId = sam;
        x.schoolId = south;
        x.decisionDate = QDate(2025, 1, 15);
        x.effectiveDate = QDate(2025, 1, 16);
        x.reasonCodes = {QStringLiteral("PA")};
        x.parentNotifiedOn = x.governorsNotifiedOn = x.laNotifiedOn = QDate(2025, 1, 15);
        ASSERT_TRUE(cases.insertExclusion(x).ok());

        // Upheld; notice sent Fri 14/02/2025, deemed given on the 2nd working day after: Tue 18/02 (half term
        // days are working days). Parent may apply until the 15th school day after: 14/03/2025.
        PermanentExclusion y = x;
        y.pupilId = alex;
        y.decisionDate = QDate(2025, 1, 27);
        y.effectiveDate = QDate(2025, 1, 27);
        y.parentNotifiedOn = y.governorsNotifiedOn = y.laNotifiedOn = QDate(2025, 1, 27);
        y.laProvisionFrom = QDate(2025, 2, 3);
        y.boardMeetingOn = QDate(2025, 2, 12);
        y.boardOutcome = QStringLiteral("upheld");
        y.boardDecisionNoticeSentOn = QDate(2025, 2, 14);
        ASSERT_TRUE(cases.insertExclusion(y).ok());
    }

    QJsonArray alertsOn(const QString& date)
    {
        const CliResult r = runCli({QStringLiteral("alerts"), QStringLiteral("--db"), m_path, QStringLiteral("--on"),
                                    date, QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        EXPECT_EQ(doc.value(QStringLiteral("on")).toString(), date);
        return doc.value(QStringLiteral("alerts")).toArray();
    }

    static QJsonObject find(const QJsonArray& alerts, const QString& kind, const QString& upn)
    {
        for (const QJsonValue& v : alerts) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() == kind &&
                o.value(QStringLiteral("upn")).toString() == upn) {
                return o;
            }
        }
        return {};
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_suspendedUpn;
    QString m_excludedUpn;
    QString m_irpUpn;
};

TEST_F(CliAlertsTest, SuspensionSixthDayAndOwedNotificationAreListed)
{
    const QJsonArray alerts = alertsOn(QStringLiteral("2024-11-04"));
    const QJsonObject sixth = find(alerts, QStringLiteral("sixth_day_provision"), m_suspendedUpn);
    ASSERT_FALSE(sixth.isEmpty());
    EXPECT_EQ(sixth.value(QStringLiteral("due")).toString(), QStringLiteral("2024-11-07"));
    EXPECT_EQ(sixth.value(QStringLiteral("owed_by")).toString(), QStringLiteral("school"));
    EXPECT_EQ(sixth.value(QStringLiteral("school")).toString(), QStringLiteral("Northfield"));
    EXPECT_FALSE(sixth.value(QStringLiteral("estimated")).toBool());

    const QJsonObject owed = find(alerts, QStringLiteral("notification_owed"), m_suspendedUpn);
    ASSERT_FALSE(owed.isEmpty());
    EXPECT_TRUE(owed.value(QStringLiteral("overdue")).toBool());
    EXPECT_TRUE(owed.value(QStringLiteral("description")).toString().contains(QStringLiteral("LA")));
    int owedCount = 0;
    for (const QJsonValue& v : alerts) {
        owedCount +=
            v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("notification_owed") ? 1 : 0;
    }
    EXPECT_EQ(owedCount, 1); // parent and governors were told; the exclusions are in the future
    // The exclusions were decided in 2025: on 04/11/2024 they do not exist yet.
    EXPECT_TRUE(find(alerts, QStringLiteral("board_meeting"), m_excludedUpn).isEmpty());
    EXPECT_TRUE(find(alerts, QStringLiteral("sixth_day_provision"), m_excludedUpn).isEmpty());
}

TEST_F(CliAlertsTest, PermanentExclusionBoardMeetingAndLaProvisionAreDue)
{
    const QJsonArray alerts = alertsOn(QStringLiteral("2025-01-20"));
    const QJsonObject board = find(alerts, QStringLiteral("board_meeting"), m_excludedUpn);
    ASSERT_FALSE(board.isEmpty());
    EXPECT_EQ(board.value(QStringLiteral("due")).toString(), QStringLiteral("2025-02-05"));
    EXPECT_EQ(board.value(QStringLiteral("owed_by")).toString(), QStringLiteral("governing_board"));
    const QJsonObject provision = find(alerts, QStringLiteral("sixth_day_provision"), m_excludedUpn);
    ASSERT_FALSE(provision.isEmpty());
    EXPECT_EQ(provision.value(QStringLiteral("due")).toString(), QStringLiteral("2025-01-23"));
    EXPECT_EQ(provision.value(QStringLiteral("owed_by")).toString(), QStringLiteral("la"));
    // The suspension's run ended in November: its sixth-day duty is no longer open.
    EXPECT_TRUE(find(alerts, QStringLiteral("sixth_day_provision"), m_suspendedUpn).isEmpty());
}

TEST_F(CliAlertsTest, IrpWindowRunsFromTheDeemedNoticeDay)
{
    QJsonObject window =
        find(alertsOn(QStringLiteral("2025-02-20")), QStringLiteral("irp_application_window"), m_irpUpn);
    ASSERT_FALSE(window.isEmpty());
    EXPECT_EQ(window.value(QStringLiteral("due")).toString(), QStringLiteral("2025-03-14"));
    EXPECT_EQ(window.value(QStringLiteral("owed_by")).toString(), QStringLiteral("parent"));
    EXPECT_FALSE(window.value(QStringLiteral("overdue")).toBool());
    // The day after the window closes it is gone.
    EXPECT_TRUE(
        find(alertsOn(QStringLiteral("2025-03-15")), QStringLiteral("irp_application_window"), m_irpUpn).isEmpty());
}

TEST_F(CliAlertsTest, CsvAndTableFormatsCarryTheSameRows)
{
    const CliResult csv = runCli({QStringLiteral("alerts"), QStringLiteral("--db"), m_path, QStringLiteral("--on"),
                                  QStringLiteral("2025-01-20"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("due,kind,owed_by")));
    const int rows = static_cast<int>(lines.size()) - 1;
    EXPECT_EQ(rows, alertsOn(QStringLiteral("2025-01-20")).size());
    EXPECT_TRUE(csv.out.contains(QStringLiteral("2025-02-05,board_meeting,governing_board,no,no,") + m_excludedUpn));

    const CliResult table = runCli({QStringLiteral("alerts"), QStringLiteral("--db"), m_path, QStringLiteral("--on"),
                                    QStringLiteral("2025-01-20")});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("05/02/2025"))); // dd/mm/yyyy for people
    EXPECT_TRUE(table.out.contains(QStringLiteral("Open deadlines and alerts on 20/01/2025: %1").arg(rows)));
}

TEST_F(CliAlertsTest, BadArgumentsAreUsageErrors)
{
    EXPECT_EQ(runCli({QStringLiteral("alerts"), QStringLiteral("--db"), m_path, QStringLiteral("--on"),
                      QStringLiteral("20/01/2025")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("alerts"), QStringLiteral("--db"), m_path, QStringLiteral("--format"),
                      QStringLiteral("xml")})
                  .exitCode,
              2);
}

TEST_F(CliAlertsTest, PupilJsonGivesKeyFiguresAndDueDates)
{
    const CliResult r = runCli({QStringLiteral("pupil"), QStringLiteral("--db"), m_path, QStringLiteral("--upn"),
                                m_suspendedUpn.toLower(), QStringLiteral("--on"), QStringLiteral("2024-11-04"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(doc.value(QStringLiteral("pupil")).toObject().value(QStringLiteral("upn")).toString(), m_suspendedUpn);
    EXPECT_EQ(doc.value(QStringLiteral("pupil")).toObject().value(QStringLiteral("nc_year")).toInt(), 9);
    EXPECT_EQ(doc.value(QStringLiteral("academic_year")).toString(), QStringLiteral("2024/25"));
    const QJsonObject limit = doc.value(QStringLiteral("suspension_days_this_year")).toObject();
    EXPECT_DOUBLE_EQ(limit.value(QStringLiteral("days")).toDouble(), 6.0);
    EXPECT_EQ(limit.value(QStringLiteral("limit")).toInt(), 45);
    EXPECT_DOUBLE_EQ(limit.value(QStringLiteral("remaining")).toDouble(), 39.0);
    EXPECT_FALSE(limit.value(QStringLiteral("breached")).toBool());
    EXPECT_EQ(doc.value(QStringLiteral("current_term")).toString(), QStringLiteral("2024/25-autumn"));
    EXPECT_EQ(doc.value(QStringLiteral("suspensions_this_term")).toInt(), 1);
    const QJsonArray terms = doc.value(QStringLiteral("term_totals")).toArray();
    ASSERT_EQ(terms.size(), 1);
    EXPECT_EQ(terms.at(0).toObject().value(QStringLiteral("board_duty")).toString(),
              QStringLiteral("must_meet_if_requested"));
    EXPECT_EQ(doc.value(QStringLiteral("notifications_owed")).toArray().size(), 1);
    EXPECT_EQ(doc.value(QStringLiteral("retention_date")).toString(), QStringLiteral("2036-05-01"));
    bool sixth = false;
    for (const QJsonValue& v : doc.value(QStringLiteral("deadlines")).toArray()) {
        sixth =
            sixth || (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("sixth_day_provision") &&
                      v.toObject().value(QStringLiteral("due")).toString() == QLatin1String("2024-11-07"));
    }
    EXPECT_TRUE(sixth);
}

TEST_F(CliAlertsTest, PupilCommandExplainsABadOrUnknownUpn)
{
    CliResult r = runCli({QStringLiteral("pupil"), QStringLiteral("--db"), m_path, QStringLiteral("--upn"),
                          QStringLiteral("B80120000500")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("13 characters"))) << r.err.toStdString();
    r = runCli(
        {QStringLiteral("pupil"), QStringLiteral("--db"), m_path, QStringLiteral("--upn"), makeUpn(938, 4009, 12, 77)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no pupil with UPN")));
}

TEST_F(CliAlertsTest, CalendarImportReportsBadRowsWithLines)
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("academic_year,kind,first_day\n2025/26,autumn_term,2025-09-03\n2025/26,inset,32/09/2025\n");
    f.close();
    const CliResult r =
        runCli({QStringLiteral("calendar"), QStringLiteral("--db"), m_path, QStringLiteral("--import"), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 3, first_day"))) << r.err.toStdString();
    const CliResult list = runCli({QStringLiteral("calendar"), QStringLiteral("--db"), m_path});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains(QStringLiteral("2024/25  Autumn   03/09/2024 to 20/12/2024")))
        << list.out.toStdString();
    EXPECT_FALSE(list.out.contains(QStringLiteral("2025/26")));
}

} // namespace
} // namespace casebook::test
