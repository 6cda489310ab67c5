#include "PlacementBuilders.h"

#include "Builders.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QSqlQuery>

namespace casebook::test {

void PlacementDatabaseTest::SetUp()
{
    DatabaseTest::SetUp();
    m_school =
        SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
    m_otherSchool =
        SchoolRepository(db()).insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Southgate"))).value();
    m_pupil = PupilRepository(db())
                  .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                    makeUpn(938, 4001, 11, 1)))
                  .value();
    ASSERT_TRUE(
        exec(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) VALUES (%1, %2, '2022-09-05')")
                 .arg(m_pupil)
                 .arg(m_school)));
}

QVariant PlacementDatabaseTest::value(const QString& sql)
{
    QSqlQuery q(this->sql());
    if (!q.exec(sql) || !q.next()) {
        return {};
    }
    return q.value(0);
}

Support makeSupport(qint64 pupilId, const QString& kind, QDate start, QDate end)
{
    Support s;
    s.pupilId = pupilId;
    s.kind = kind;
    s.startDate = start;
    s.endDate = end;
    return s;
}

Placement makePlacement(qint64 pupilId, const QString& kind, qint64 fromSchoolId, qint64 toSchoolId, QDate start,
                        QDate reviewOn, QDate end)
{
    Placement p;
    p.pupilId = pupilId;
    p.kind = kind;
    p.fromSchoolId = fromSchoolId;
    p.toSchoolId = toSchoolId;
    p.startDate = start;
    p.reviewOn = reviewOn;
    p.endDate = end;
    return p;
}

ApPlacement makeApPlacement(qint64 pupilId, const QString& provider, QDate start)
{
    ApPlacement p;
    p.pupilId = pupilId;
    p.providerName = provider;
    p.startDate = start;
    return p;
}

EheCmeRegistration makeRegistration(qint64 pupilId, const QString& kind, QDate registeredOn)
{
    EheCmeRegistration r;
    r.pupilId = pupilId;
    r.kind = kind;
    r.registeredOn = registeredOn;
    return r;
}

namespace {

std::string describe(const std::vector<FieldIssue>& issues)
{
    std::string out;
    for (const FieldIssue& issue : issues) {
        out += "\n  [" + issue.field.toStdString() +
               (issue.severity == FieldIssue::Severity::Error ? ", error] " : ", warning] ") +
               issue.message.toStdString();
    }
    return out.empty() ? std::string(" none") : out;
}

} // namespace

::testing::AssertionResult onlyIssue(const std::vector<FieldIssue>& issues, const QString& field,
                                     const QString& contains, FieldIssue::Severity severity)
{
    if (issues.size() == 1 && issues.front().field == field && issues.front().message.contains(contains) &&
        issues.front().severity == severity) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "expected one "
                                         << (severity == FieldIssue::Severity::Error ? "error" : "warning") << " on "
                                         << field.toStdString() << " containing \"" << contains.toStdString()
                                         << "\"; got:" << describe(issues);
}

::testing::AssertionResult noIssues(const std::vector<FieldIssue>& issues)
{
    if (issues.empty()) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "expected no issues; got:" << describe(issues);
}

} // namespace casebook::test
