#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace casebook {

// The outcome of checking a Unique Pupil Number (DfE UPN standard; see DOMAIN.md).
struct UpnCheck
{
    bool valid = false;
    bool temporary = false; // a temporary UPN ends in a letter
    QString normalised;     // spaces removed, upper case: what to store when valid
    QString message;        // empty when valid; otherwise exactly what is wrong
};

// Checks a UPN: 13 characters; 1 check letter; 2-4 LA code; 5-8 establishment; 9-10 year of issue;
// 11-13 serial (a temporary UPN has a letter in position 13). Spaces anywhere are ignored and
// letters upper-cased before checking.
UpnCheck checkUpn(const QString& upn);

// The check letter for the 12 characters after it (digits, optionally ending in a letter for a
// temporary UPN): sum of character value x weight (weights 2..13), mod 23, mapped onto
// A B C D E F G H J K L M N P Q R T U V W X Y Z. nullopt when `body` is not 12 such characters.
std::optional<QChar> upnCheckLetter(const QString& body);

} // namespace casebook
