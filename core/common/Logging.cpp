#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcDb, "casebook.db")
Q_LOGGING_CATEGORY(lcRules, "casebook.rules")
Q_LOGGING_CATEGORY(lcServices, "casebook.services")
Q_LOGGING_CATEGORY(lcImport, "casebook.import")
