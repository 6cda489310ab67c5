#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace casebook {

class Database;
class SchoolListModel;

// The schools the LA knows, filtered by name, URN or LAESTAB.
class SchoolBrowser : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kResultLimit = 1000;

    explicit SchoolBrowser(Database& db, QWidget* parent = nullptr);

    void refresh();
    // Opens the school form: a new school (0) or the one given; the list shows the change.
    void openSchoolForm(qint64 schoolId);

private:
    Database& m_db;
    QLineEdit* m_filter;
    QTableView* m_table;
    QLabel* m_status;
    QTimer* m_timer;
    SchoolListModel* m_model;
};

} // namespace casebook
