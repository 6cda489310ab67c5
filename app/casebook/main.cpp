#include "db/Database.h"
#include "db/StorageLocation.h"
#include "mainwindow/FirstRunOffer.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Casebook"));
    QApplication::setApplicationName(QStringLiteral("Casebook"));
    QApplication::setApplicationDisplayName(QStringLiteral("Casebook"));
    QApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/casebook.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Casebook: pupils at risk of exclusion, their cases and deadlines."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Open this database file (default: %1).").arg(casebook::defaultDatabasePath()),
                      QStringLiteral("FILE")});
    parser.process(app);

    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : casebook::defaultDatabasePath();
    auto opened = casebook::Database::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("Casebook cannot open the database"),
                              opened.error().message + QStringLiteral("\n\n") + QDir::toNativeSeparators(path));
        return 1;
    }
    std::unique_ptr<casebook::Database> db = std::move(opened).value();
    if (!parser.isSet(QStringLiteral("db"))) {
        // The default database, empty on first use: offer the typical demo data so there is something to see.
        casebook::demo::DemoConfig config = *casebook::demo::DemoConfig::fromPreset(QStringLiteral("typical"));
        config.today = QDate::currentDate();
        casebook::FirstRunOffer(*db, config).run(nullptr);
    }
    casebook::MainWindow window(*db);
    window.show();
    return QApplication::exec();
}
