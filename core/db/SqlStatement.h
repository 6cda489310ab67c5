#pragma once

#include <QString>
#include <QVariantList>

namespace casebook {

// An SQL text with its positional ('?') values. Repositories build these so the same statement can be run
// through Casebook (SqlQuery) and, in the benchmark, straight through the SQLite C API for comparison.
struct SqlStatement
{
    QString sql;
    QVariantList values;
};

} // namespace casebook
