#include "PeopleBuilders.h"

#include <gtest/gtest.h>

namespace casebook::test {

Enrolment makeEnrolment(qint64 id, qint64 schoolId, QDate start, QDate end, const QString& registrationType,
                        const QString& schoolName)
{
    Enrolment e;
    e.id = id;
    e.pupilId = 1;
    e.schoolId = schoolId;
    e.startDate = start;
    e.endDate = end;
    e.registrationType = registrationType;
    e.schoolName = schoolName;
    return e;
}

Contact makeContact(qint64 pupilId, const QString& name, bool primary)
{
    Contact c;
    c.pupilId = pupilId;
    c.name = name;
    c.isPrimary = primary;
    return c;
}

std::string describeIssues(const std::vector<FieldIssue>& issues)
{
    std::string text;
    for (const FieldIssue& issue : issues) {
        text += issue.field.toStdString() +
                (issue.severity == FieldIssue::Severity::Error ? " (error): " : " (warning): ") +
                issue.message.toStdString() + "\n";
    }
    return text;
}

void expectOnlyIssue(const std::vector<FieldIssue>& issues, const ExpectedIssue& expected)
{
    if (QLatin1String(expected.field).isEmpty()) {
        EXPECT_TRUE(issues.empty()) << describeIssues(issues);
        return;
    }
    ASSERT_EQ(issues.size(), 1u) << describeIssues(issues);
    EXPECT_EQ(issues.front().field, QLatin1String(expected.field));
    EXPECT_TRUE(issues.front().message.contains(QString::fromUtf8(expected.contains))) << describeIssues(issues);
    EXPECT_EQ(issues.front().severity, expected.severity) << describeIssues(issues);
}

} // namespace casebook::test
