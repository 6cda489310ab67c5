#pragma once

#include "TempDatabase.h"
#include "domain/ApPlacement.h"
#include "domain/EheCme.h"
#include "domain/Placement.h"
#include "domain/Support.h"
#include "services/FieldIssue.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <gtest/gtest.h>

#include <vector>

namespace casebook::test {

// A database with two schools (Northfield, where the pupil is on roll since 05/09/2022, and Southgate) and one
// pupil, for the support and placement repositories and forms.
class PlacementDatabaseTest : public DatabaseTest
{
protected:
    void SetUp() override;

    // The value of the first column of the first row of `sql`, or an invalid QVariant.
    QVariant value(const QString& sql);

    qint64 m_school = 0;      // Northfield (URN 137001), the pupil's school
    qint64 m_otherSchool = 0; // Southgate (URN 137002)
    qint64 m_pupil = 0;
};

// Records for the support and placement forms, with sensible defaults; change what the test cares about.
Support makeSupport(qint64 pupilId, const QString& kind, QDate start, QDate end = {});
Placement makePlacement(qint64 pupilId, const QString& kind, qint64 fromSchoolId, qint64 toSchoolId, QDate start,
                        QDate reviewOn = {}, QDate end = {});
ApPlacement makeApPlacement(qint64 pupilId, const QString& provider, QDate start);
EheCmeRegistration makeRegistration(qint64 pupilId, const QString& kind, QDate registeredOn);

// Success when `issues` holds exactly one issue, on `field`, whose message contains `contains`, of `severity`.
::testing::AssertionResult onlyIssue(const std::vector<FieldIssue>& issues, const QString& field,
                                     const QString& contains, FieldIssue::Severity severity);
// Success when `issues` is empty.
::testing::AssertionResult noIssues(const std::vector<FieldIssue>& issues);

} // namespace casebook::test
