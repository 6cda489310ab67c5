#pragma once

#include <QLoggingCategory>

// One logging category per module. Enable with QT_LOGGING_RULES="casebook.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcRules)
Q_DECLARE_LOGGING_CATEGORY(lcServices)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
