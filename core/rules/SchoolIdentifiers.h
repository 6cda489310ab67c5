#pragma once

#include <QString>

namespace casebook {

// The outcome of checking a school identifier.
struct IdentifierCheck
{
    bool valid = false;
    QString normalised; // the form to store when valid
    QString message;    // empty when valid; otherwise exactly what is wrong
};

// LAESTAB: 7 digits, a 3-digit LA code then a 4-digit establishment number. Accepts the common
// written forms "8734001", "873/4001" and "873-4001" (spaces ignored); normalises to 7 digits.
IdentifierCheck checkLaEstab(const QString& laEstab);

// URN (Unique Reference Number, Get Information about Schools): 6 digits, the first 1 to 9.
IdentifierCheck checkUrn(const QString& urn);

} // namespace casebook
