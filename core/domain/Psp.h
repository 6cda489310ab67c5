#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace casebook {

// One review of a pastoral support plan: when it is due, when it was held, what it found.
struct PspReview
{
    qint64 id = 0; // 0 until saved
    QDate dueOn;
    QDate heldOn; // null until held
    QString notes;
};

// A pastoral support plan (DOMAIN.md: Pastoral Support Plan): a school's non-statutory plan for a pupil at
// risk, with its reviews.
struct Psp
{
    qint64 id = 0;
    qint64 pupilId = 0;
    qint64 schoolId = 0;
    QDate startDate;
    QDate plannedEndDate; // optional
    QDate endDate;        // null while the plan runs
    QString laRepresentative;
    QString targets;
    QString agencies;
    QString status = QStringLiteral("active"); // active, completed, escalated, lapsed
    QString outcome;
    int rowVersion = 0; // as loaded; 0 for a new plan
    std::vector<PspReview> reviews;
};

} // namespace casebook
