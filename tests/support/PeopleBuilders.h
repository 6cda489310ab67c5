#pragma once

#include "domain/Contact.h"
#include "domain/Enrolment.h"
#include "services/FieldIssue.h"

#include <QDate>
#include <QString>

#include <string>
#include <vector>

namespace casebook::test {

// An enrolment with what the people tests care about.
Enrolment makeEnrolment(qint64 id, qint64 schoolId, QDate start, QDate end = {},
                        const QString& registrationType = QStringLiteral("single"),
                        const QString& schoolName = QStringLiteral("Northfield"));

// A contact for `pupilId` with just a name.
Contact makeContact(qint64 pupilId, const QString& name, bool primary = false);

// One line per issue, for failure messages.
std::string describeIssues(const std::vector<FieldIssue>& issues);

// A row of a check's table test: the issue expected (field empty: none at all), with part of its message.
struct ExpectedIssue
{
    const char* field;
    const char* contains;
    FieldIssue::Severity severity = FieldIssue::Severity::Error;
};

// Expects `issues` to be exactly the one described (or none when expected.field is empty).
void expectOnlyIssue(const std::vector<FieldIssue>& issues, const ExpectedIssue& expected);

} // namespace casebook::test
