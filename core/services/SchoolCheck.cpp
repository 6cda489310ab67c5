#include "services/SchoolCheck.h"

#include "calendar/AcademicYear.h"
#include "calendar/UkDate.h"
#include "rules/SchoolIdentifiers.h"

#include <QLocale>

#include <algorithm>

namespace casebook {

namespace {

// The largest year group Casebook accepts without asking: English schools' biggest cohorts are a few hundred.
constexpr int kLargestPlausibleYearGroup = 1000;

using Severity = FieldIssue::Severity;

QString sentence(const QString& text)
{
    return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
}

bool isChoice(const std::vector<std::pair<QString, QString>>& choices, const QString& id)
{
    return std::any_of(choices.begin(), choices.end(), [&id](const auto& choice) { return choice.second == id; });
}

void checkIdentifiers(const School& s, const QString& urnUsedBy, const QString& laestabUsedBy,
                      std::vector<FieldIssue>& issues)
{
    const IdentifierCheck urn = checkUrn(s.urn);
    if (s.urn.trimmed().isEmpty()) {
        issues.push_back({QStringLiteral("urn"), QStringLiteral("Enter the school's URN (6 digits, from Get "
                                                                "Information about Schools).")});
    } else if (!urn.valid) {
        issues.push_back({QStringLiteral("urn"), sentence(urn.message)});
    } else if (!urnUsedBy.isEmpty()) {
        issues.push_back(
            {QStringLiteral("urn"), QStringLiteral("URN %1 already belongs to %2.").arg(urn.normalised, urnUsedBy)});
    }
    if (s.laestab.trimmed().isEmpty()) {
        return;
    }
    const IdentifierCheck laestab = checkLaEstab(s.laestab);
    if (!laestab.valid) {
        issues.push_back({QStringLiteral("laestab"), sentence(laestab.message)});
    } else if (laestab.normalised.startsWith(QLatin1Char('0'))) {
        issues.push_back({QStringLiteral("laestab"), QStringLiteral("LAESTAB must start with the 3-digit LA code, "
                                                                    "which never starts with 0.")});
    } else if (!laestabUsedBy.isEmpty()) {
        issues.push_back({QStringLiteral("laestab"),
                          QStringLiteral("LAESTAB %1 already belongs to %2.").arg(laestab.normalised, laestabUsedBy)});
    }
}

} // namespace

std::vector<FieldIssue> checkSchool(const School& school, const QString& urnUsedBy, const QString& laestabUsedBy)
{
    std::vector<FieldIssue> issues;
    checkIdentifiers(school, urnUsedBy, laestabUsedBy, issues);
    if (school.name.trimmed().isEmpty()) {
        issues.push_back({QStringLiteral("name"), QStringLiteral("Enter the school's name.")});
    }
    if (!isChoice(phaseChoices(), school.phase)) {
        issues.push_back({QStringLiteral("phase"), QStringLiteral("Choose the school's phase.")});
    }
    if (!isChoice(schoolTypeChoices(), school.schoolType)) {
        issues.push_back({QStringLiteral("schoolType"), QStringLiteral("Choose the type of school.")});
    }
    if (school.openedOn.isValid() && school.closedOn.isValid() && school.closedOn < school.openedOn) {
        issues.push_back({QStringLiteral("closedOn"), QStringLiteral("The school cannot close (%1) before it opened "
                                                                     "(%2).")
                                                          .arg(ukDate(school.closedOn), ukDate(school.openedOn))});
    }
    return issues;
}

std::vector<FieldIssue> checkRoll(const SchoolRoll& roll, const School& school)
{
    std::vector<FieldIssue> issues;
    if (roll.headcount < 0) {
        return issues;
    }
    const QString field = QStringLiteral("rolls");
    const Result<AcademicYear> year = AcademicYear::fromLabel(roll.academicYear);
    if (!year) {
        issues.push_back({field, sentence(year.error().message)});
        return issues;
    }
    const QString label = year->label();
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    int sum = 0;
    const std::vector<int> usual = usualYearGroups(school.phase);
    for (auto it = roll.yearGroups.cbegin(); it != roll.yearGroups.cend(); ++it) {
        const int nc = it.key();
        const int count = it.value();
        if (nc < kLowestRollYearGroup || nc > kHighestRollYearGroup) {
            issues.push_back({field, QStringLiteral("%1 roll: National Curriculum year %2 is outside nursery to "
                                                    "Year %3.")
                                         .arg(label)
                                         .arg(nc)
                                         .arg(kHighestRollYearGroup)});
            continue;
        }
        if (count < 0) {
            issues.push_back(
                {field, QStringLiteral("%1 roll: %2 cannot have fewer than 0 pupils.").arg(label, yearGroupLabel(nc))});
            continue;
        }
        sum += count;
        if (count > 0 && std::find(usual.begin(), usual.end(), nc) == usual.end()) {
            issues.push_back(
                {field,
                 QStringLiteral("%1 roll: %2 is not usually taught at a %3 school (%4 pupils entered).")
                     .arg(label, yearGroupLabel(nc), phaseLabel(school.phase).toLower(), uk.toString(count)),
                 Severity::Warning});
        }
        if (count > kLargestPlausibleYearGroup) {
            issues.push_back({field,
                              QStringLiteral("%1 roll: %2 has %3 pupils; check the figure.")
                                  .arg(label, yearGroupLabel(nc), uk.toString(count)),
                              Severity::Warning});
        }
    }
    if (!roll.yearGroups.isEmpty() && sum != roll.headcount) {
        issues.push_back({field, QStringLiteral("%1 roll: the total (%2) must be the sum of the year groups (%3).")
                                     .arg(label, uk.toString(roll.headcount), uk.toString(sum))});
    }
    if (school.openedOn.isValid() && school.openedOn > year->lastDay()) {
        issues.push_back({field,
                          QStringLiteral("%1 roll: the school opened on %2, after that academic year.")
                              .arg(label, ukDate(school.openedOn)),
                          Severity::Warning});
    }
    if (school.closedOn.isValid() && school.closedOn < year->firstDay()) {
        issues.push_back({field,
                          QStringLiteral("%1 roll: the school closed on %2, before that academic year.")
                              .arg(label, ukDate(school.closedOn)),
                          Severity::Warning});
    }
    return issues;
}

} // namespace casebook
