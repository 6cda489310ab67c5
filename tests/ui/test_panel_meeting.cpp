#include "Builders.h"
#include "PanelBuilders.h"
#include "PdfText.h"
#include "PlanningFormKeys.h"
#include "TempDatabase.h"

#include "chronology/ChronologyRepository.h"
#include "mainwindow/MainWindow.h"
#include "panel/MeetingDialog.h"
#include "panel/MeetingModeWindow.h"
#include "panel/MeetingsView.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/AlertService.h"

#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <algorithm>

namespace casebook::test {
namespace {

using namespace keys;

const QDate kMeetingDay(2024, 10, 17);

// Three pupils referred to the panel by Northfield, built through the repositories, with a history to show: Ada
// has suspensions over two years, Cal a permanent exclusion from his last school.
class PanelMeetingGuiTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        SchoolRepository schools(db());
        m_school = schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield Academy"))).value();
        const qint64 riverside =
            schools.insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Riverside High"))).value();
        ASSERT_TRUE(loadFixtureTermDates(db()));
        m_ada = addReferredPupil(db(), m_school, QStringLiteral("Ada"), QStringLiteral("Stone"), 1, QDate(2024, 9, 20));
        m_ben = addReferredPupil(db(), m_school, QStringLiteral("Ben"), QStringLiteral("Okafor"), 2, QDate(2024, 9, 25),
                                 2012);
        m_cal = addReferredPupil(db(), m_school, QStringLiteral("Cal"), QStringLiteral("Reed"), 3, QDate(2024, 10, 2),
                                 2010);
        ASSERT_GT(m_cal.referralId, 0);
        ExclusionRepository exclusions(db());
        const std::vector<std::pair<QDate, QStringList>> suspensions = {
            {QDate(2024, 3, 5), {QStringLiteral("VA")}},
            {QDate(2024, 9, 10), {QStringLiteral("DB")}},
            {QDate(2024, 9, 24), {QStringLiteral("DB"), QStringLiteral("VP")}},
            {QDate(2024, 10, 8), {QStringLiteral("PA")}}};
        for (const auto& [day, reasons] : suspensions) {
            Suspension s;
            s.pupilId = m_ada.pupilId;
            s.schoolId = m_school;
            s.firstDay = s.decisionDate = day;
            s.sessions = day.month() == 10 ? 6 : 2;
            s.reasonCodes = reasons;
            s.parentNotifiedOn = s.governorsNotifiedOn = s.laNotifiedOn = day;
            ASSERT_TRUE(exclusions.insertSuspension(s).ok());
        }
        PermanentExclusion x;
        x.pupilId = m_cal.pupilId;
        x.schoolId = riverside;
        x.decisionDate = QDate(2024, 5, 14);
        x.effectiveDate = QDate(2024, 5, 15);
        x.reasonCodes = {QStringLiteral("PA")};
        x.parentNotifiedOn = x.governorsNotifiedOn = x.laNotifiedOn = x.decisionDate;
        auto excluded = exclusions.insertExclusion(x);
        ASSERT_TRUE(excluded.ok()) << excluded.error().message.toStdString();
    }

    // Each referral as "position|status|decision|decided on|notes|minutes", in agenda order.
    QStringList referralRows()
    {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(QStringLiteral(
            "SELECT id, coalesce(agenda_position, 0), status, coalesce(decision, ''), coalesce(decision_on, ''), "
            "coalesce(decision_notes, ''), coalesce(minutes, '') FROM pip_referrals ORDER BY agenda_position, id")));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < 7; ++c) {
                cells << q.value(c).toString();
            }
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }

    // Each action as "referral|description|owner|due", by referral and due date.
    QStringList actionRows()
    {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT referral_id, description, owner, due_on FROM pip_actions "
                                          "ORDER BY referral_id, due_on")));
        QStringList rows;
        while (q.next()) {
            rows << QStringLiteral("%1|%2|%3|%4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString());
        }
        return rows;
    }

    // Makes a window the active one (the offscreen platform does not move activation to a new window by itself).
    [[nodiscard]] static bool activate(QWidget& window)
    {
        QApplication::setActiveWindow(&window);
        return QTest::qWaitForWindowActive(&window) && QApplication::activeWindow() == &window;
    }

    static QString text(QWidget* parent, const QString& name)
    {
        auto* label = parent->findChild<QLabel*>(name);
        return label == nullptr ? QString() : label->text();
    }

    // Types the panel's decision for the referral on screen, by keyboard from the decision combo.
    static void decide(MeetingModeWindow& mode, const QString& decisionKey, const QString& notes,
                       const QString& minutes, const QString& action, const QString& owner, const QString& due)
    {
        ASSERT_EQ(focusedName(), QStringLiteral("decisionCombo"));
        type(decisionKey);
        tab();
        ASSERT_EQ(focusedName(), QStringLiteral("decisionNotesEdit"));
        type(notes);
        tab();
        ASSERT_EQ(focusedName(), QStringLiteral("referralMinutesEdit"));
        type(minutes);
        auto* actions = mode.findChild<QTableWidget*>(QStringLiteral("actionsTable"));
        const int before = actions->rowCount();
        ASSERT_TRUE(alt(Qt::Key_A, [&] { return actions->rowCount() == before + 1; }));
        type(action);
        press(Qt::Key_Tab);
        type(owner);
        press(Qt::Key_Tab);
        type(due);
        press(Qt::Key_Return);
    }

    qint64 m_school = 0;
    ReferredPupil m_ada;
    ReferredPupil m_ben;
    ReferredPupil m_cal;
};

TEST_F(PanelMeetingGuiTest, AMeetingOfThreeReferralsIsRunByKeyboardAndItsDecisionsAndActionsAreStored)
{
    MainWindow w(db());
    w.show();
    QApplication::setActiveWindow(&w);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));

    // Ctrl+M: the panel meetings view, empty so far.
    press(Qt::Key_M, Qt::ControlModifier);
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    auto* view = w.findChild<MeetingsView*>(QStringLiteral("meetingsView"));
    ASSERT_NE(view, nullptr);
    ASSERT_EQ(tabs->currentWidget(), view);
    ASSERT_EQ(focusedName(), QStringLiteral("meetingList"));

    // Alt+N plans a meeting: date, location, attendees, then the agenda.
    QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([] { return qobject_cast<MeetingDialog*>(QApplication::activeModalWidget()); }));
    auto* dialog = qobject_cast<MeetingDialog*>(QApplication::activeModalWidget());
    ASSERT_TRUE(activate(*dialog));
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Plan a panel meeting"));
    ASSERT_EQ(focusedName(), QStringLiteral("meetingDateEdit"));
    type(QStringLiteral("17102024"));
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("locationEdit"));
    type(QStringLiteral("Civic Centre"));
    tab(2);
    ASSERT_EQ(focusedName(), QStringLiteral("attendeesEdit"));
    type(QStringLiteral("A. Khan (chair)"));
    press(Qt::Key_Return);
    type(QStringLiteral("B. Lee (educational psychologist)"));
    tab(2);
    ASSERT_EQ(focusedName(), QStringLiteral("openReferralsList"));
    auto* open = dialog->findChild<QTreeWidget*>(QStringLiteral("openReferralsList"));
    auto* agenda = dialog->findChild<QTreeWidget*>(QStringLiteral("agendaList"));
    ASSERT_EQ(open->topLevelItemCount(), 3);
    EXPECT_EQ(open->topLevelItem(0)->text(0), QStringLiteral("Stone, Ada"));
    EXPECT_EQ(open->topLevelItem(0)->text(3), QStringLiteral("20/09/2024"));
    // Enter puts the chosen referral on the agenda; the next one is chosen.
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    screenshot(*dialog, QStringLiteral("panel-meeting-form.png"));
    press(Qt::Key_Insert);
    EXPECT_EQ(open->topLevelItemCount(), 0);
    ASSERT_EQ(agenda->topLevelItemCount(), 3);
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("agendaList")); // the Put button is off with nothing left to put
    // Cal (last added, chosen) goes up one place; Delete and Insert would take off and put back.
    press(Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(agenda->topLevelItem(1)->text(1), QStringLiteral("Reed, Cal"));
    EXPECT_EQ(agenda->topLevelItem(1)->text(0), QStringLiteral("2"));
    EXPECT_EQ(dialog->agendaIds(), std::vector<qint64>({m_ada.referralId, m_cal.referralId, m_ben.referralId}));
    press(Qt::Key_Return); // Save (the default button)
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::activeModalWidget() == nullptr; }));

    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT meeting_date, location, attendees, status FROM panel_meetings")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2024-10-17"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("Civic Centre"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("A. Khan (chair)\nB. Lee (educational psychologist)"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("planned"));
    EXPECT_FALSE(q.next());

    // The list shows it, chosen; Alt+M runs it in meeting mode.
    ASSERT_TRUE(activate(w));
    auto* list = w.findChild<QTableView*>(QStringLiteral("meetingList"));
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("17/10/2024"));
    EXPECT_EQ(list->model()->index(0, 2).data().toString(), QStringLiteral("Planned"));
    EXPECT_EQ(list->model()->index(0, 3).data().toString(), QStringLiteral("3"));
    screenshot(w, QStringLiteral("panel-meetings-list.png"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_M, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->meetingModeWindow() != nullptr; }));
    MeetingModeWindow& mode = *view->meetingModeWindow();
    mode.showNormal();
    mode.resize(1366, 768);
    ASSERT_TRUE(activate(mode));
    EXPECT_EQ(text(&mode, QStringLiteral("positionLabel")), QStringLiteral("Referral 1 of 3"));
    EXPECT_EQ(text(&mode, QStringLiteral("pupilNameLabel")), QStringLiteral("Stone, Ada"));
    EXPECT_TRUE(text(&mode, QStringLiteral("pupilFactsLabel")).contains(QStringLiteral("Age 13")));
    EXPECT_TRUE(text(&mode, QStringLiteral("pupilFactsLabel")).contains(QStringLiteral("Year 9")));
    EXPECT_TRUE(
        text(&mode, QStringLiteral("latestSuspensionsLabel")).startsWith(QStringLiteral("08/10/2024  3 days  PA")));
    // Support tried before this referral, gaps first (nothing is on record for Ada).
    EXPECT_TRUE(text(&mode, QStringLiteral("supportTriedLabel"))
                    .startsWith(QStringLiteral("Before this referral: NOTHING TRIED (0 of 7 avenues).")))
        << text(&mode, QStringLiteral("supportTriedLabel")).toStdString();
    // Read only: no way into a record or a form from here.
    EXPECT_TRUE(mode.findChildren<QPushButton*>().size() == 5); // previous, next, finish, leave, add action

    decide(mode, QStringLiteral("O"), QStringLiteral("Outreach two mornings a week"),
           QStringLiteral("School has tried a PSP since September."), QStringLiteral("Arrange outreach"),
           QStringLiteral("Outreach team"), QStringLiteral("31102024"));
    EXPECT_EQ(mode.size(), QSize(1366, 768)); // it keeps the screen's size whatever is entered
    screenshot(mode, QStringLiteral("panel-meeting-mode-1366x768.png"));
    press(Qt::Key_PageDown);
    EXPECT_EQ(text(&mode, QStringLiteral("positionLabel")), QStringLiteral("Referral 2 of 3"));
    EXPECT_EQ(text(&mode, QStringLiteral("pupilNameLabel")), QStringLiteral("Reed, Cal"));
    EXPECT_TRUE(text(&mode, QStringLiteral("supportTriedLabel")).startsWith(QStringLiteral("Before this referral: ")));
    decide(mode, QStringLiteral("M"), QStringLiteral("Managed move to Riverside"),
           QStringLiteral("Both schools agree."), QStringLiteral("Arrange trial days"), QStringLiteral("J. Patel"),
           QStringLiteral("08112024"));
    mode.resize(1920, 1080);
    QApplication::processEvents();
    screenshot(mode, QStringLiteral("panel-meeting-mode-1920x1080.png"));
    mode.resize(1366, 768);
    press(Qt::Key_PageDown);
    EXPECT_EQ(text(&mode, QStringLiteral("positionLabel")), QStringLiteral("Referral 3 of 3"));
    // Back one (saved, so it shows what was decided) and on again.
    press(Qt::Key_PageUp);
    EXPECT_EQ(text(&mode, QStringLiteral("pupilNameLabel")), QStringLiteral("Reed, Cal"));
    EXPECT_EQ(mode.findChild<QComboBox*>(QStringLiteral("decisionCombo"))->currentText(),
              QStringLiteral("Managed move"));
    press(Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(text(&mode, QStringLiteral("pupilNameLabel")), QStringLiteral("Okafor, Ben"));
    decide(mode, QStringLiteral("Ea"), QStringLiteral("Early help assessment"), QStringLiteral("Parent attended."),
           QStringLiteral("Refer to early help"), QStringLiteral("B. Lee"), QStringLiteral("01112024"));
    EXPECT_EQ(mode.findChild<QComboBox*>(QStringLiteral("decisionCombo"))->currentData().toString(),
              QStringLiteral("early_help")); // "E" alone would choose the EHC needs assessment

    // Alt+F finishes: the last decision is saved and the meeting is held.
    QPointer<MeetingModeWindow> guard(&mode);
    QTest::keyClick(focused(), Qt::Key_F, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }));

    const QString day = QStringLiteral("2024-10-17");
    EXPECT_EQ(referralRows(),
              QStringList({QStringLiteral("%1|1|decided|outreach_support|%2|Outreach two mornings a week|School has "
                                          "tried a PSP since September.")
                               .arg(m_ada.referralId)
                               .arg(day),
                           QStringLiteral("%1|2|decided|managed_move|%2|Managed move to Riverside|Both schools agree.")
                               .arg(m_cal.referralId)
                               .arg(day),
                           QStringLiteral("%1|3|decided|early_help|%2|Early help assessment|Parent attended.")
                               .arg(m_ben.referralId)
                               .arg(day)}));
    EXPECT_EQ(actionRows(),
              QStringList({QStringLiteral("%1|Arrange outreach|Outreach team|2024-10-31").arg(m_ada.referralId),
                           QStringLiteral("%1|Refer to early help|B. Lee|2024-11-01").arg(m_ben.referralId),
                           QStringLiteral("%1|Arrange trial days|J. Patel|2024-11-08").arg(m_cal.referralId)}));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT status, row_version FROM panel_meetings")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("held"));
    EXPECT_EQ(list->model()->index(0, 2).data().toString(), QStringLiteral("Held"));
    EXPECT_EQ(list->model()->index(0, 3).data().toString(), QStringLiteral("3 (3 decided)"));

    // The actions are due in the dashboard's computation, the decisions are in each pupil's chronology.
    auto alerts = AlertService(db()).openAlerts(kMeetingDay);
    ASSERT_TRUE(alerts.ok());
    QStringList due;
    for (const AlertRow& a : alerts.value()) {
        if (a.deadline.kind == DeadlineKind::PipAction) {
            due << QStringLiteral("%1|%2").arg(a.deadline.recordId).arg(a.deadline.due.toString(Qt::ISODate));
        }
    }
    EXPECT_EQ(due, QStringList({QStringLiteral("%1|2024-10-31").arg(m_ada.referralId),
                                QStringLiteral("%1|2024-11-01").arg(m_ben.referralId),
                                QStringLiteral("%1|2024-11-08").arg(m_cal.referralId)}));
    for (const auto& [pupil, decision] : {std::pair{m_ada.pupilId, QStringLiteral("outreach_support")},
                                          std::pair{m_cal.pupilId, QStringLiteral("managed_move")},
                                          std::pair{m_ben.pupilId, QStringLiteral("early_help")}}) {
        auto events = ChronologyRepository(db()).eventsForPupil(pupil, true);
        ASSERT_TRUE(events.ok());
        const auto it = std::find_if(events->begin(), events->end(),
                                     [](const ChronologyEvent& e) { return e.kind == QStringLiteral("pip_decision"); });
        ASSERT_NE(it, events->end());
        EXPECT_EQ(it->date, kMeetingDay);
        EXPECT_EQ(it->detail, decision);
    }

    // After the meeting: the minutes PDF, in agenda order, with each decision and action, marked on every page.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM panel_meetings")));
    ASSERT_TRUE(q.next());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("minutes.pdf"));
    ASSERT_TRUE(view->exportMinutes(q.value(0).toLongLong(), pdf));
    const QString text = PdfText::simplified(PdfText::text(pdf));
    EXPECT_TRUE(text.startsWith(QStringLiteral("OFFICIAL-SENSITIVE"))) << text.left(80).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Pupil Inclusion Panel: minutes")));
    const qsizetype outreach = text.indexOf(QStringLiteral("Arrange outreach Outreach team 31/10/2024"));
    const qsizetype move = text.indexOf(QStringLiteral("Arrange trial days J. Patel 08/11/2024"));
    const qsizetype help = text.indexOf(QStringLiteral("Refer to early help B. Lee 01/11/2024"));
    EXPECT_GE(outreach, 0) << text.toStdString();
    EXPECT_LT(outreach, move);
    EXPECT_LT(move, help);
    EXPECT_TRUE(view->findChild<QLabel*>(QStringLiteral("meetingListStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Minutes saved to")));
}

} // namespace
} // namespace casebook::test
