#pragma once

#include "domain/Contact.h"
#include "services/FieldIssue.h"

#include <vector>

namespace casebook {

// Checks a contact as entered: a name (error); an email of the shape name@domain.tld and a phone number of
// digits, spaces, +, brackets and hyphens (errors); a phone number too short or long to dial (a warning).
std::vector<FieldIssue> checkContact(const Contact& contact);

} // namespace casebook
