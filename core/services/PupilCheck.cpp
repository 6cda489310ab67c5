#include "services/PupilCheck.h"

#include "calendar/UkDate.h"
#include "rules/Upn.h"

namespace casebook {

namespace {

// The ages a pupil on the team's caseload plausibly has: from nursery to the end of the record-keeping age.
constexpr int kYoungestPlausibleAge = 2;
constexpr int kOldestPlausibleAge = 25;
constexpr int kUpnLength = 13;

using Severity = FieldIssue::Severity;

QString sentence(const QString& text)
{
    return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
}

QString yearsOld(int age)
{
    return age == 1 ? QStringLiteral("1 year old") : QStringLiteral("%1 years old").arg(age);
}

void checkNames(const Pupil& p, std::vector<FieldIssue>& issues)
{
    if (p.legalForename.trimmed().isEmpty()) {
        issues.push_back({QStringLiteral("legalForename"), QStringLiteral("Enter the pupil's legal forename.")});
    }
    if (p.legalSurname.trimmed().isEmpty()) {
        issues.push_back({QStringLiteral("legalSurname"), QStringLiteral("Enter the pupil's legal surname.")});
    }
}

void checkDateOfBirth(const Pupil& p, QDate today, std::vector<FieldIssue>& issues)
{
    const QString field = QStringLiteral("dateOfBirth");
    if (!p.dateOfBirth.isValid()) {
        issues.push_back({field, QStringLiteral("Enter the pupil's date of birth.")});
        return;
    }
    if (p.dateOfBirth > today) {
        issues.push_back(
            {field, QStringLiteral("The date of birth (%1) is in the future.").arg(ukDate(p.dateOfBirth))});
        return;
    }
    const int age = ageOn(p.dateOfBirth, today);
    if (age < kYoungestPlausibleAge || age > kOldestPlausibleAge) {
        issues.push_back({field,
                          QStringLiteral("A date of birth of %1 makes the pupil %2 today; pupils are usually %3 to "
                                         "%4. Check the date.")
                              .arg(ukDate(p.dateOfBirth), yearsOld(age))
                              .arg(kYoungestPlausibleAge)
                              .arg(kOldestPlausibleAge),
                          Severity::Warning});
    }
}

void checkUpnField(const QString& upn, const QString& upnUsedBy, std::vector<FieldIssue>& issues)
{
    const QString field = QStringLiteral("upn");
    if (upn.trimmed().isEmpty()) {
        return;
    }
    const UpnCheck check = checkUpn(upn);
    if (!check.valid) {
        const QString& text = check.normalised;
        const std::optional<QChar> expected =
            text.size() == kUpnLength ? upnCheckLetter(text.mid(1)) : std::optional<QChar>();
        if (expected && *expected != text.at(0)) {
            issues.push_back({field, QStringLiteral("The UPN's check letter should be '%1', not '%2': check the UPN "
                                                    "was copied correctly.")
                                         .arg(*expected)
                                         .arg(text.at(0))});
        } else {
            const QString message = sentence(check.message);
            issues.push_back(
                {field, message.startsWith(QLatin1String("UPN")) ? message : QStringLiteral("UPN: ") + message});
        }
        return;
    }
    if (!upnUsedBy.isEmpty()) {
        issues.push_back({field, QStringLiteral("UPN %1 already belongs to %2: open that pupil instead, or correct "
                                                "the UPN.")
                                     .arg(check.normalised, upnUsedBy)});
        return;
    }
    if (check.temporary) {
        issues.push_back({field,
                          QStringLiteral("This is a temporary UPN (it ends in a letter): replace it with the "
                                         "permanent UPN when the school has it."),
                          Severity::Warning});
    }
}

void checkCircumstances(const Pupil& p, const PupilCharacteristics& c, std::vector<FieldIssue>& issues)
{
    if (p.sex != QLatin1String("F") && p.sex != QLatin1String("M") && p.sex != QLatin1String("U")) {
        issues.push_back({QStringLiteral("sex"), QStringLiteral("Choose the pupil's sex: female, male or not known.")});
    }
    if (!c.sen.isEmpty() && c.sen != QLatin1String("N") && c.sen != QLatin1String("K") && c.sen != QLatin1String("E")) {
        issues.push_back({QStringLiteral("sen"), QStringLiteral("SEN status must be no SEN, SEN support or an EHC "
                                                                "plan.")});
    }
    if (p.hasSocialWorker && p.socialWorkerName.trimmed().isEmpty()) {
        issues.push_back({QStringLiteral("socialWorkerName"),
                          QStringLiteral("The pupil has a social worker: add their name, so they can be told of any "
                                         "suspension or exclusion."),
                          Severity::Warning});
    }
    if (c.lookedAfter == QLatin1String("1") && p.virtualSchoolContact.trimmed().isEmpty()) {
        issues.push_back({QStringLiteral("virtualSchoolContact"),
                          QStringLiteral("The pupil is looked after: add the virtual school contact, so the virtual "
                                         "school head can be told of any suspension or exclusion."),
                          Severity::Warning});
    }
}

} // namespace

int ageOn(QDate dateOfBirth, QDate onDate)
{
    int age = onDate.year() - dateOfBirth.year();
    if (onDate.month() < dateOfBirth.month() ||
        (onDate.month() == dateOfBirth.month() && onDate.day() < dateOfBirth.day())) {
        --age;
    }
    return age;
}

std::vector<FieldIssue> checkPupil(const Pupil& pupil, const PupilCharacteristics& characteristics, QDate today,
                                   const QString& upnUsedBy)
{
    std::vector<FieldIssue> issues;
    checkNames(pupil, issues);
    checkDateOfBirth(pupil, today, issues);
    checkUpnField(pupil.upn, upnUsedBy, issues);
    checkCircumstances(pupil, characteristics, issues);
    return issues;
}

std::vector<FieldIssue> checkCurrentSchool(qint64 schoolId, QDate startDate, QDate dateOfBirth)
{
    std::vector<FieldIssue> issues;
    if (schoolId <= 0) {
        return issues;
    }
    const QString field = QStringLiteral("startDate");
    if (!startDate.isValid()) {
        issues.push_back({field, QStringLiteral("Enter the date the pupil joined the school.")});
    } else if (dateOfBirth.isValid() && startDate < dateOfBirth) {
        issues.push_back({field, QStringLiteral("The pupil cannot join the school (%1) before being born (%2).")
                                     .arg(ukDate(startDate), ukDate(dateOfBirth))});
    }
    return issues;
}

} // namespace casebook
