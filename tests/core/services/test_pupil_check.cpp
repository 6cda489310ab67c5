#include "Builders.h"
#include "PeopleBuilders.h"
#include "QtPrinters.h"

#include "rules/Upn.h"
#include "services/PupilCheck.h"

#include <gtest/gtest.h>

#include <functional>

namespace casebook::test {
namespace {

const QDate kToday(2025, 3, 10);
using Severity = FieldIssue::Severity;

Pupil pupil()
{
    return makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                     QStringLiteral("B801200005001"));
}

struct Case
{
    const char* name;
    std::function<void(Pupil&, PupilCharacteristics&, QString& upnUsedBy)> change;
    ExpectedIssue expected;
};

TEST(PupilCheck, TableOfCases)
{
    const QString temporaryBody = QStringLiteral("80120000500A");
    const QString temporaryUpn = QString(*upnCheckLetter(temporaryBody)) + temporaryBody;
    const std::vector<Case> cases = {
        {"a complete pupil", [](Pupil&, PupilCharacteristics&, QString&) {}, {"", ""}},
        {"no UPN is fine", [](Pupil& p, PupilCharacteristics&, QString&) { p.upn.clear(); }, {"", ""}},
        {"no legal forename",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.legalForename = QStringLiteral("  "); },
         {"legalForename", "legal forename"}},
        {"no legal surname",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.legalSurname.clear(); },
         {"legalSurname", "legal surname"}},
        {"no date of birth",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.dateOfBirth = QDate(); },
         {"dateOfBirth", "Enter the pupil's date of birth"}},
        {"born tomorrow",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.dateOfBirth = kToday.addDays(1); },
         {"dateOfBirth", "(11/03/2025) is in the future"}},
        {"one year old",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.dateOfBirth = QDate(2023, 6, 1); },
         {"dateOfBirth", "makes the pupil 1 year old today", Severity::Warning}},
        {"two today is plausible",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.dateOfBirth = QDate(2023, 3, 10); },
         {"", ""}},
        {"twenty-five is plausible",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.dateOfBirth = QDate(1999, 3, 11); },
         {"", ""}},
        {"twenty-six is not",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.dateOfBirth = QDate(1999, 3, 10); },
         {"dateOfBirth", "makes the pupil 26 years old today", Severity::Warning}},
        {"wrong check letter names the right one",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.upn = QStringLiteral("C801200005001"); },
         {"upn", "check letter should be 'B', not 'C'"}},
        {"a digit where the check letter goes",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.upn = QStringLiteral("1801200005001"); },
         {"upn", "check letter should be 'B', not '1'"}},
        {"too short",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.upn = QStringLiteral("B80120000500"); },
         {"upn", "UPN must be 13 characters; this has 12."}},
        {"a letter in the middle",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.upn = QStringLiteral("B8012X0005001"); },
         {"upn", "UPN: Characters 2–13 must be digits"}},
        {"spaces and lower case are tidied, not refused",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.upn = QStringLiteral("b801 2000 05001"); },
         {"", ""}},
        {"a temporary UPN is accepted with a note",
         [temporaryUpn](Pupil& p, PupilCharacteristics&, QString&) { p.upn = temporaryUpn; },
         {"upn", "temporary UPN", Severity::Warning}},
        {"a UPN another pupil has",
         [](Pupil&, PupilCharacteristics&, QString& usedBy) { usedBy = QStringLiteral("SMITH, Sam (02/02/2012)"); },
         {"upn", "B801200005001 already belongs to SMITH, Sam (02/02/2012)"}},
        {"no sex recorded",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.sex = QStringLiteral("X"); },
         {"sex", "female, male or not known"}},
        {"an SEN value outside N, K, E",
         [](Pupil&, PupilCharacteristics& c, QString&) { c.sen = QStringLiteral("S"); },
         {"sen", "SEN status"}},
        {"a social worker with no name",
         [](Pupil& p, PupilCharacteristics&, QString&) { p.hasSocialWorker = true; },
         {"socialWorkerName", "add their name", Severity::Warning}},
        {"a social worker with a name",
         [](Pupil& p, PupilCharacteristics&, QString&) {
             p.hasSocialWorker = true;
             p.socialWorkerName = QStringLiteral("Pat Lee");
         },
         {"", ""}},
        {"looked after with no virtual school contact",
         [](Pupil&, PupilCharacteristics& c, QString&) { c.lookedAfter = QStringLiteral("1"); },
         {"virtualSchoolContact", "virtual school contact", Severity::Warning}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        Pupil p = pupil();
        PupilCharacteristics characteristics;
        QString usedBy;
        c.change(p, characteristics, usedBy);
        expectOnlyIssue(checkPupil(p, characteristics, kToday, usedBy), c.expected);
    }
}

TEST(PupilCheck, CurrentSchoolOfANewPupil)
{
    const QDate born(2011, 5, 1);
    expectOnlyIssue(checkCurrentSchool(0, QDate(), born), {"", ""});
    expectOnlyIssue(checkCurrentSchool(3, QDate(2022, 9, 5), born), {"", ""});
    expectOnlyIssue(checkCurrentSchool(3, QDate(), born), {"startDate", "Enter the date the pupil joined"});
    expectOnlyIssue(checkCurrentSchool(3, QDate(2011, 4, 30), born),
                    {"startDate", "cannot join the school (30/04/2011) before being born (01/05/2011)"});
}

TEST(PupilCheck, AgeCountsWholeYears)
{
    EXPECT_EQ(ageOn(QDate(2011, 5, 1), QDate(2025, 4, 30)), 13);
    EXPECT_EQ(ageOn(QDate(2011, 5, 1), QDate(2025, 5, 1)), 14);
    EXPECT_EQ(ageOn(QDate(2012, 2, 29), QDate(2025, 2, 28)), 12);
    EXPECT_EQ(ageOn(QDate(2012, 2, 29), QDate(2025, 3, 1)), 13);
}

} // namespace
} // namespace casebook::test
