#pragma once

#include <QString>

#include <vector>

namespace casebook {

// One thing wrong with a record being entered, tied to the field it is about. Every form check returns
// these; the forms show each message beside its field.
struct FieldIssue
{
    enum class Severity
    {
        Error,   // cannot be saved as it is
        Warning, // may be saved after the officer confirms (officers record what schools did)
    };
    QString field; // the form's name for the field, e.g. firstDay, upn, endDate
    QString message;
    Severity severity = Severity::Error;
};

// True when any issue is an error (the record cannot be saved as it is).
inline bool hasErrors(const std::vector<FieldIssue>& issues)
{
    for (const FieldIssue& issue : issues) {
        if (issue.severity == FieldIssue::Severity::Error) {
            return true;
        }
    }
    return false;
}

} // namespace casebook
