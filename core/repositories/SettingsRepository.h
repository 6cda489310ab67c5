#pragma once

#include "common/Result.h"

#include <QString>

namespace casebook {

class Database;

// Deployment settings held in the database (LA name, retention years, demo flag...).
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    // The value, or `fallback` when the setting is absent.
    Result<QString> value(const QString& key, const QString& fallback = {});
    Status setValue(const QString& key, const QString& value);

    // True when the file holds demonstration data (shown in the title bar).
    bool isDemo();

private:
    Database& m_db;
};

} // namespace casebook
