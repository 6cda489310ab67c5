#include "mainwindow/FirstRunOffer.h"

#include "demo/DemoGenerator.h"
#include "repositories/MaintenanceRepository.h"
#include "repositories/SettingsRepository.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace casebook {

namespace {
const QString kOfferedSetting = QStringLiteral("first_run_offered");
}

bool FirstRunOffer::shouldOffer()
{
    Result<QString> offered = SettingsRepository(m_db).value(kOfferedSetting, QStringLiteral("0"));
    if (!offered || offered.value() == QLatin1String("1")) {
        return false;
    }
    Result<bool> empty = MaintenanceRepository(m_db).isEmptyOfRecords();
    return empty.ok() && empty.value();
}

FirstRunOffer::Outcome FirstRunOffer::run(QWidget* parent)
{
    if (!shouldOffer()) {
        return Outcome::NotOffered;
    }
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("firstRunOffer"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(QObject::tr("A new Casebook database"));
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    box.setText(QObject::tr("This database is new and empty."));
    box.setInformativeText(QObject::tr("You can load fictional demonstration data to explore Casebook (%1 schools, "
                                       "%2 pupils on roll a year, %3 years; marked DEMO DATA in the title bar), "
                                       "or start with an empty database for real records.")
                               .arg(m_config.schools)
                               .arg(uk.toString(m_config.pupilsPerYear))
                               .arg(m_config.years));
    QPushButton* load = box.addButton(QObject::tr("&Load demo data"), QMessageBox::AcceptRole);
    load->setObjectName(QStringLiteral("loadDemoButton"));
    QPushButton* empty = box.addButton(QObject::tr("&Start empty"), QMessageBox::RejectRole);
    empty->setObjectName(QStringLiteral("startEmptyButton"));
    box.setDefaultButton(empty);
    box.exec();

    if (box.clickedButton() != load) {
        (void)SettingsRepository(m_db).setValue(kOfferedSetting, QStringLiteral("1"));
        return Outcome::StartedEmpty;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<demo::DemoRunSummary> filled = demo::fillDemoDatabase(m_db, m_config);
    QApplication::restoreOverrideCursor();
    if (!filled) {
        QMessageBox::warning(parent, QObject::tr("Demo data not loaded"),
                             QObject::tr("The demo data could not be loaded; the database is unchanged.\n\n%1")
                                 .arg(filled.error().message));
        return Outcome::Failed;
    }
    (void)SettingsRepository(m_db).setValue(kOfferedSetting, QStringLiteral("1"));
    return Outcome::LoadedDemo;
}

} // namespace casebook
