#include "Builders.h"
#include "PeopleBuilders.h"
#include "QtPrinters.h"

#include "services/SchoolCheck.h"

#include <gtest/gtest.h>

#include <functional>

namespace casebook::test {
namespace {

using Severity = FieldIssue::Severity;

struct SchoolCase
{
    const char* name;
    std::function<void(School&, QString& urnUsedBy, QString& laestabUsedBy)> change;
    ExpectedIssue expected;
};

TEST(SchoolCheck, TableOfCases)
{
    const std::vector<SchoolCase> cases = {
        {"a complete school", [](School&, QString&, QString&) {}, {"", ""}},
        {"no LAESTAB is fine", [](School& s, QString&, QString&) { s.laestab.clear(); }, {"", ""}},
        {"LAESTAB written with a slash",
         [](School& s, QString&, QString&) { s.laestab = QStringLiteral("873/4001"); },
         {"", ""}},
        {"no URN", [](School& s, QString&, QString&) { s.urn.clear(); }, {"urn", "Enter the school's URN"}},
        {"a five-digit URN",
         [](School& s, QString&, QString&) { s.urn = QStringLiteral("13700"); },
         {"urn", "URN must be 6 digits; this has 5."}},
        {"a URN from 0",
         [](School& s, QString&, QString&) { s.urn = QStringLiteral("037001"); },
         {"urn", "must not start with 0"}},
        {"a URN another school has",
         [](School&, QString& urn, QString&) { urn = QStringLiteral("Southfield"); },
         {"urn", "URN 137001 already belongs to Southfield."}},
        {"a six-digit LAESTAB",
         [](School& s, QString&, QString&) { s.laestab = QStringLiteral("873400"); },
         {"laestab", "LAESTAB must be 7 digits"}},
        {"a LAESTAB with a letter",
         [](School& s, QString&, QString&) { s.laestab = QStringLiteral("873A001"); },
         {"laestab", "character 4 is 'A'"}},
        {"a LAESTAB from 0",
         [](School& s, QString&, QString&) { s.laestab = QStringLiteral("0734001"); },
         {"laestab", "never starts with 0"}},
        {"a LAESTAB another school has",
         [](School&, QString&, QString& laestab) { laestab = QStringLiteral("Southfield"); },
         {"laestab", "LAESTAB 8734001 already belongs to Southfield."}},
        {"no name",
         [](School& s, QString&, QString&) { s.name = QStringLiteral(" "); },
         {"name", "Enter the school's name"}},
        {"no phase", [](School& s, QString&, QString&) { s.phase.clear(); }, {"phase", "Choose the school's phase"}},
        {"a type outside the list",
         [](School& s, QString&, QString&) { s.schoolType = QStringLiteral("grammar"); },
         {"schoolType", "Choose the type"}},
        {"closed before it opened",
         [](School& s, QString&, QString&) {
             s.openedOn = QDate(2010, 9, 1);
             s.closedOn = QDate(2009, 8, 31);
         },
         {"closedOn", "cannot close (31/08/2009) before it opened (01/09/2010)"}},
    };
    for (const SchoolCase& c : cases) {
        SCOPED_TRACE(c.name);
        School s = makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"));
        s.laestab = QStringLiteral("8734001");
        QString urnUsedBy;
        QString laestabUsedBy;
        c.change(s, urnUsedBy, laestabUsedBy);
        expectOnlyIssue(checkSchool(s, urnUsedBy, laestabUsedBy), c.expected);
    }
}

struct RollCase
{
    const char* name;
    std::function<void(SchoolRoll&, School&)> change;
    ExpectedIssue expected;
};

TEST(SchoolCheck, RollsTableOfCases)
{
    const std::vector<RollCase> cases = {
        {"year groups adding up to the total", [](SchoolRoll&, School&) {}, {"", ""}},
        {"a total with no year groups",
         [](SchoolRoll& r, School&) {
             r.yearGroups.clear();
             r.headcount = 1200;
         },
         {"", ""}},
        {"a removal is not checked",
         [](SchoolRoll& r, School&) {
             r.headcount = -1;
             r.academicYear = QStringLiteral("nonsense");
         },
         {"", ""}},
        {"a badly written year",
         [](SchoolRoll& r, School&) { r.academicYear = QStringLiteral("2024-25"); },
         {"rolls", "written like 2024/25"}},
        {"a total that is not the sum",
         [](SchoolRoll& r, School&) { r.headcount = 361; },
         {"rolls", "2024/25 roll: the total (361) must be the sum of the year groups (360)"}},
        {"a negative year group",
         [](SchoolRoll& r, School&) {
             r.yearGroups[8] = -5;
             r.headcount = 190; // the sum of the others
         },
         {"rolls", "Year 8 cannot have fewer than 0 pupils"}},
        {"a year group the schema does not allow",
         [](SchoolRoll& r, School&) {
             r.yearGroups[15] = 1;
             r.headcount = 360; // the sum of the others
         },
         {"rolls", "year 15 is outside"}},
        {"a year group the phase does not teach",
         [](SchoolRoll& r, School&) {
             r.yearGroups[3] = 20;
             r.headcount = 380;
         },
         {"rolls", "Year 3 is not usually taught at a secondary school (20 pupils entered)", Severity::Warning}},
        {"a huge year group",
         [](SchoolRoll& r, School&) {
             r.yearGroups[7] = 1500;
             r.headcount = 1670;
         },
         {"rolls", "Year 7 has 1,500 pupils; check the figure", Severity::Warning}},
        {"a roll before the school opened",
         [](SchoolRoll&, School& s) { s.openedOn = QDate(2025, 9, 1); },
         {"rolls", "the school opened on 01/09/2025, after that academic year", Severity::Warning}},
        {"a roll after the school closed",
         [](SchoolRoll&, School& s) { s.closedOn = QDate(2024, 8, 31); },
         {"rolls", "closed on 31/08/2024, before that academic year", Severity::Warning}},
    };
    for (const RollCase& c : cases) {
        SCOPED_TRACE(c.name);
        School s = makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"));
        SchoolRoll roll;
        roll.academicYear = QStringLiteral("2024/25");
        roll.yearGroups = {{7, 190}, {8, 170}};
        roll.headcount = 360;
        c.change(roll, s);
        expectOnlyIssue(checkRoll(roll, s), c.expected);
    }
}

} // namespace
} // namespace casebook::test
