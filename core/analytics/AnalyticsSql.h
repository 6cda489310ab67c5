#pragma once

#include "analytics/AnalyticsScope.h"

#include <QString>
#include <QVariantList>

namespace casebook {
class Database;
}

// SQL pieces every analytics repository shares, so that "what counts" is written once. Each function that
// takes `values` appends the positional values its text needs, in order: call them in the order the text is
// assembled.
namespace casebook::analytics_sql {

// A suspension counts when it is not voided (entered in error) and was not cancelled before it began
// (cancelled_on on or before first_day: the pupil never missed a session). A suspension cancelled part-way
// counts, with the length recorded.
QString countedSuspension(const QString& alias);

// A permanent exclusion counts when it is not voided and not withdrawn by the headteacher before the board
// considered it (a withdrawn exclusion did not take effect). One the board or a reconsideration later
// reinstated still counts: the headteacher's decision happened and the record keeps it (DOMAIN.md: "never
// deleted, even after reinstatement"); the figures say how many of them were reinstated.
QString countedExclusion(const QString& alias);
// 1 when the counted exclusion was later reinstated (by the board or on reconsideration), else 0.
QString reinstatedExclusion(const QString& alias);

// The periods CTE body: academic_year, term, first_day, last_day from the loaded term dates. A year's span
// runs from its first term's first day to its last term's last day (term ''), so a year is the sum of its
// terms. `only` (when its academicYear is set) keeps that one period.
QString periodsSql(Granularity granularity, const Period& only, QVariantList& values);
// As periodsSql, keeping the academic years from `firstYear` to `lastYear` inclusive (an empty bound: no bound).
QString periodsBetweenSql(Granularity granularity, const QString& firstYear, const QString& lastYear,
                          QVariantList& values);

// A schools CTE body (id, name, opened_on, closed_on) for the scope: one school, or the filter's schools.
QString schoolsSql(const Scope& scope, QVariantList& values);

// The school was open on some day of the period (opened on or before its last day, not closed before its
// first day).
QString schoolOpenIn(const QString& school, const QString& period);
// The event's date falls while the school was open: a school that opened mid-year counts from its opening.
QString whileOpen(const QString& school, const QString& dateExpression);

// The age-appropriate National Curriculum year, in an academic year starting in September of the integer
// SQL expression `startYear`, of a pupil born on `dateOfBirth` (an ISO date column); as
// nationalCurriculumYear() in core/calendar computes it.
QString ncYearSql(const QString& dateOfBirth, const QString& startYear);

// `dateExpression` moved `days` days earlier, in the database's dialect.
QString daysBefore(const Database& db, const QString& dateExpression, int days);

} // namespace casebook::analytics_sql
