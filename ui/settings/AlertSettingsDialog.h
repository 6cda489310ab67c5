#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;

namespace casebook {

class Database;

// The thresholds of Casebook's own alerts (not the statutory deadlines, which are fixed by the guidance).
class AlertSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AlertSettingsDialog(Database& db, QWidget* parent = nullptr);

    void accept() override;

private:
    QSpinBox* addSpin(const QString& objectName, const QString& accessibleName, int minimum, int maximum,
                      const QString& suffix);

    Database& m_db;
    QSpinBox* m_limitMargin;
    QSpinBox* m_perTerm;
    QSpinBox* m_perYear;
    QSpinBox* m_eheWeeks;
    QLabel* m_saveError;
};

} // namespace casebook
