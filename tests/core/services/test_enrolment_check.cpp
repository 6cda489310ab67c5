#include "PeopleBuilders.h"
#include "QtPrinters.h"

#include "services/EnrolmentCheck.h"

#include <gtest/gtest.h>

#include <functional>

namespace casebook::test {
namespace {

using Severity = FieldIssue::Severity;

constexpr qint64 kNorthfield = 1;
constexpr qint64 kSouthfield = 2;
constexpr qint64 kEastfield = 3;

struct EditCase
{
    const char* name;
    std::function<void(Enrolment&)> change;
    std::vector<Enrolment> others;
    ExpectedIssue expected;
};

TEST(EnrolmentCheck, EditTableOfCases)
{
    const Enrolment earlier = makeEnrolment(7, kSouthfield, QDate(2019, 9, 4), QDate(2022, 7, 20),
                                            QStringLiteral("single"), QStringLiteral("Southfield"));
    const std::vector<EditCase> cases = {
        {"an open enrolment", [](Enrolment&) {}, {}, {"", ""}},
        {"ended with a reason",
         [](Enrolment& e) {
             e.endDate = QDate(2024, 7, 19);
             e.leavingReason = QStringLiteral("moved_school");
             e.destinationSchoolId = kEastfield;
         },
         {},
         {"", ""}},
        {"no school", [](Enrolment& e) { e.schoolId = 0; }, {}, {"school", "Choose the school"}},
        {"no start date", [](Enrolment& e) { e.startDate = QDate(); }, {}, {"startDate", "Enter the date"}},
        {"ends before it starts",
         [](Enrolment& e) {
             e.endDate = QDate(2022, 9, 4);
             e.leavingReason = QStringLiteral("unknown");
         },
         {},
         {"endDate", "end date (04/09/2022) cannot come before the start date (05/09/2022)"}},
        {"destination is the school itself",
         [](Enrolment& e) {
             e.endDate = QDate(2024, 7, 19);
             e.leavingReason = QStringLiteral("moved_school");
             e.destinationSchoolId = kNorthfield;
         },
         {},
         {"destinationSchool", "cannot be the school the pupil left"}},
        {"a reason with no end date",
         [](Enrolment& e) { e.leavingReason = QStringLiteral("moved_school"); },
         {},
         {"endDate", "enter the pupil's last day on roll"}},
        {"an end date with no reason",
         [](Enrolment& e) { e.endDate = QDate(2024, 7, 19); },
         {},
         {"leavingReason", "Record why the pupil left", Severity::Warning}},
        {"after an earlier single registration", [](Enrolment&) {}, {earlier}, {"", ""}},
        {"overlapping an earlier single registration",
         [](Enrolment& e) { e.startDate = QDate(2022, 7, 20); },
         {earlier},
         {"startDate", "overlaps the single registration at Southfield (04/09/2019 to 20/07/2022)"}},
        {"overlapping an open single registration",
         [](Enrolment&) {},
         {makeEnrolment(8, kEastfield, QDate(2023, 1, 9), QDate(), QStringLiteral("single"),
                        QStringLiteral("Eastfield"))},
         {"startDate", "Eastfield (from 09/01/2023, still open)"}},
        {"a dual registration may overlap",
         [](Enrolment& e) { e.registrationType = QStringLiteral("main_dual"); },
         {makeEnrolment(8, kEastfield, QDate(2023, 1, 9))},
         {"", ""}},
        {"another single beside a subsidiary one",
         [](Enrolment&) {},
         {makeEnrolment(8, kEastfield, QDate(2023, 1, 9), QDate(), QStringLiteral("subsidiary_dual"))},
         {"", ""}},
        {"itself in the list is not an overlap",
         [](Enrolment&) {},
         {makeEnrolment(5, kNorthfield, QDate(2022, 9, 5))},
         {"", ""}},
    };
    for (const EditCase& c : cases) {
        SCOPED_TRACE(c.name);
        Enrolment e = makeEnrolment(5, kNorthfield, QDate(2022, 9, 5));
        c.change(e);
        expectOnlyIssue(checkEnrolment(e, c.others), c.expected);
    }
}

struct MoveCase
{
    const char* name;
    std::function<void(SchoolMove&)> change;
    bool hasLeaving;
    ExpectedIssue expected;
};

TEST(EnrolmentCheck, MoveTableOfCases)
{
    const Enrolment leaving = makeEnrolment(5, kNorthfield, QDate(2022, 9, 5));
    const Enrolment earlier = makeEnrolment(4, kEastfield, QDate(2019, 9, 4), QDate(2022, 7, 20),
                                            QStringLiteral("single"), QStringLiteral("Eastfield"));
    const std::vector<MoveCase> cases = {
        {"a move on the next school day", [](SchoolMove&) {}, true, {"", ""}},
        {"no last day",
         [](SchoolMove& m) { m.endDate = QDate(); },
         true,
         {"endDate", "Enter the last day at Northfield"}},
        {"last day before the pupil joined",
         [](SchoolMove& m) {
             m.endDate = QDate(2022, 9, 1);
             m.startDate = QDate(2022, 9, 2);
         },
         true,
         {"endDate", "last day at Northfield (01/09/2022) cannot come before the pupil joined it (05/09/2022)"}},
        {"no leaving reason",
         [](SchoolMove& m) { m.leavingReason.clear(); },
         true,
         {"leavingReason", "Choose why the pupil left Northfield"}},
        {"destination is the school being left",
         [](SchoolMove& m) { m.destinationSchoolId = kNorthfield; },
         true,
         {"destinationSchool", "leaving Northfield: choose the school they move to"}},
        {"starts at the new school before leaving the old",
         [](SchoolMove& m) { m.startDate = QDate(2024, 10, 24); },
         true,
         {"startDate", "overlaps the single registration at Northfield (05/09/2022 to 25/10/2024)"}},
        {"starts on the last day at the old school",
         [](SchoolMove& m) { m.startDate = m.endDate; },
         true,
         {"startDate", "overlaps the single registration at Northfield"}},
        {"a dual registration may start before",
         [](SchoolMove& m) {
             m.startDate = QDate(2024, 10, 1);
             m.registrationType = QStringLiteral("subsidiary_dual");
         },
         true,
         {"", ""}},
        {"back to a school the pupil left earlier",
         [](SchoolMove& m) { m.destinationSchoolId = kEastfield; },
         true,
         {"", ""}},
        {"back to that school while the earlier stay was open",
         [](SchoolMove& m) {
             m.destinationSchoolId = kEastfield;
             m.leavingEnrolmentId = 0;
             m.leavingReason.clear();
             m.startDate = QDate(2022, 7, 1);
         },
         false,
         {"startDate", "overlaps the single registration at Eastfield (04/09/2019 to 20/07/2022)"}},
        {"no start date at the destination",
         [](SchoolMove& m) { m.startDate = QDate(); },
         true,
         {"startDate", "Enter the first day at the new school"}},
        {"home education: no destination, no new enrolment",
         [](SchoolMove& m) {
             m.destinationSchoolId = 0;
             m.leavingReason = QStringLiteral("elective_home_education");
         },
         true,
         {"", ""}},
        {"moved school but no destination",
         [](SchoolMove& m) { m.destinationSchoolId = 0; },
         true,
         {"destinationSchool", "No destination school", Severity::Warning}},
        {"moved school to somewhere named in the note",
         [](SchoolMove& m) {
             m.destinationSchoolId = 0;
             m.destinationNote = QStringLiteral("A school in Cardiff");
         },
         true,
         {"", ""}},
        {"first school: no enrolment to end",
         [](SchoolMove& m) {
             m.leavingEnrolmentId = 0;
             m.leavingReason.clear();
         },
         false,
         {"", ""}},
        {"first school but none chosen",
         [](SchoolMove& m) {
             m.leavingEnrolmentId = 0;
             m.destinationSchoolId = 0;
         },
         false,
         {"destinationSchool", "on no school's roll: choose the school they join"}},
    };
    for (const MoveCase& c : cases) {
        SCOPED_TRACE(c.name);
        SchoolMove move;
        move.pupilId = 1;
        move.leavingEnrolmentId = leaving.id;
        move.endDate = QDate(2024, 10, 25);
        move.leavingReason = QStringLiteral("moved_school");
        move.destinationSchoolId = kSouthfield;
        move.startDate = QDate(2024, 11, 4);
        c.change(move);
        const std::vector<Enrolment> others = {earlier, leaving};
        expectOnlyIssue(checkSchoolMove(move, c.hasLeaving ? std::optional<Enrolment>(leaving) : std::nullopt,
                                        c.hasLeaving ? others : std::vector<Enrolment>{earlier}),
                        c.expected);
    }
}

} // namespace
} // namespace casebook::test
