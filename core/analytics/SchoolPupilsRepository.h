#pragma once

#include "common/Result.h"
#include "db/SqlStatement.h"

#include <QDate>
#include <QString>

#include <vector>

namespace casebook {

class Database;

// One pupil's exclusion figures at one school in one academic year (the dashboards' drill-down).
struct SchoolPupilFigures
{
    qint64 pupilId = 0;
    QString upn;
    QString name; // "Surname, Forename" (preferred names where recorded)
    QDate dateOfBirth;
    int suspensions = 0;
    int sessions = 0; // sessions lost to those suspensions
    int permanentExclusions = 0;
    QDate latest; // the latest suspension's first day or exclusion decision in the year

    double daysLost() const;
};

// The pupils with a counted suspension or permanent exclusion at a school in an academic year, by the same
// rules as the school's figures (analytics_sql::countedSuspension / countedExclusion, docs/analytics.md), most
// days lost first. One statement.
class SchoolPupilsRepository
{
public:
    explicit SchoolPupilsRepository(Database& db) : m_db(db) {}

    static SqlStatement statement(qint64 schoolId, const QString& academicYear);
    Result<std::vector<SchoolPupilFigures>> pupils(qint64 schoolId, const QString& academicYear);

private:
    Database& m_db;
};

} // namespace casebook
