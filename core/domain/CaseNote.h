#pragma once

#include <QDate>
#include <QString>

namespace casebook {

// A dated, categorised note on a pupil's case (DOMAIN.md: Case note / chronology entry).
struct CaseNote
{
    qint64 id = 0;
    qint64 pupilId = 0;
    QDate notedOn;
    QString category = QStringLiteral("general"); // general, phone_call, meeting, visit, email, safeguarding,
                                                  // panel, other
    QString body;
    qint64 authorUserId = 0; // 0 when not known
    int rowVersion = 0;      // as loaded; 0 for a new note
};

} // namespace casebook
