#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace casebook {

class ChronologyModel;
class Database;
class DueDeadlinesModel;

// One pupil: identity and key figures (days this year against 45, this term, open deadlines), the open
// deadlines, and the chronology of every dated event across schools.
class PupilRecordView : public QWidget
{
    Q_OBJECT

public:
    PupilRecordView(Database& db, qint64 pupilId, QWidget* parent = nullptr);

    qint64 pupilId() const { return m_pupilId; }
    // The tab title: surname and forename.
    QString shortName() const { return m_shortName; }

    // Reloads everything as on `onDate` (today when null).
    void reload(QDate onDate = {});

private:
    Database& m_db;
    qint64 m_pupilId;
    QString m_shortName;
    QLabel* m_identity;
    QLabel* m_figures;
    QTableView* m_deadlines;
    QTableView* m_chronology;
    DueDeadlinesModel* m_deadlineModel;
    ChronologyModel* m_chronologyModel;
};

} // namespace casebook
