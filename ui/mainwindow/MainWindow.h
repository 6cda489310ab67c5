#pragma once

#include <QMainWindow>

class QTabWidget;

namespace casebook {

class Database;
class PupilSearchView;
class SchoolBrowser;

// The officer's main window: find a pupil, browse schools.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

private:
    void createMenus();
    void updateTitle();

    Database& m_db;
    QTabWidget* m_tabs;
    PupilSearchView* m_pupils;
    SchoolBrowser* m_schools;
};

} // namespace casebook
