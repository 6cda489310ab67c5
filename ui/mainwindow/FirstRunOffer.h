#pragma once

#include "demo/DemoConfig.h"

class QWidget;

namespace casebook {

class Database;

// On the first start with an empty database, offers to load fictional demo data (or start empty).
// The offer is made once per file: the answer is remembered in the settings.
class FirstRunOffer
{
public:
    enum class Outcome
    {
        NotOffered, // the file holds records, or the offer was answered before
        StartedEmpty,
        LoadedDemo,
        Failed, // loading failed; the message was shown and the file is unchanged
    };

    FirstRunOffer(Database& db, demo::DemoConfig config) : m_db(db), m_config(std::move(config)) {}

    bool shouldOffer();
    Outcome run(QWidget* parent);

private:
    Database& m_db;
    demo::DemoConfig m_config;
};

} // namespace casebook
