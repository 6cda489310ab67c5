#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace casebook {

class Database;

// Tools > Small numbers: whether screens that may be shared show counts below a threshold as "fewer than N"
// (core/analytics/SmallNumbers), stored in the database for every user of the file.
class SmallNumbersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SmallNumbersDialog(Database& db, QWidget* parent = nullptr);

    void accept() override;

private:
    void updateExample();

    Database& m_db;
    QCheckBox* m_enabled;
    QSpinBox* m_threshold;
    QLabel* m_example;
    QLabel* m_saveError;
};

} // namespace casebook
