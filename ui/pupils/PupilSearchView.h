#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace casebook {

class Database;
class PupilSearchModel;

// Search as you type: name, preferred name, UPN or date of birth, answered in SQL.
class PupilSearchView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kResultLimit = 200;
    static constexpr int kTypingDelayMs = 150;

    explicit PupilSearchView(Database& db, QWidget* parent = nullptr);

    // Runs the search for the current text now (the view normally waits for typing to pause).
    void searchNow();

Q_SIGNALS:
    void pupilActivated(qint64 pupilId);

private:
    Database& m_db;
    QLineEdit* m_query;
    QTableView* m_table;
    QLabel* m_status;
    QTimer* m_timer;
    PupilSearchModel* m_model;
};

} // namespace casebook
