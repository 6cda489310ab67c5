#include "services/ContactCheck.h"

#include <QRegularExpression>

namespace casebook {

namespace {

// A UK number has 10 or 11 digits with its area code; an international one (E.164) at most 15.
constexpr int kFewestPhoneDigits = 10;
constexpr int kMostPhoneDigits = 15;

void checkPhone(const QString& phone, std::vector<FieldIssue>& issues)
{
    const QString field = QStringLiteral("phone");
    int digits = 0;
    for (QChar c : phone) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            ++digits;
        } else if (!c.isSpace() && c != QLatin1Char('+') && c != QLatin1Char('(') && c != QLatin1Char(')') &&
                   c != QLatin1Char('-')) {
            issues.push_back({field, QStringLiteral("The phone number may hold only digits, spaces, +, brackets and "
                                                    "hyphens; '%1' is not allowed.")
                                         .arg(c)});
            return;
        }
    }
    if (digits < kFewestPhoneDigits || digits > kMostPhoneDigits) {
        issues.push_back({field,
                          QStringLiteral("The phone number has %1 digits; a UK number has 10 or 11 with its area "
                                         "code. Check it.")
                              .arg(digits),
                          FieldIssue::Severity::Warning});
    }
}

} // namespace

std::vector<FieldIssue> checkContact(const Contact& contact)
{
    std::vector<FieldIssue> issues;
    if (contact.name.trimmed().isEmpty()) {
        issues.push_back({QStringLiteral("name"), QStringLiteral("Enter the contact's name.")});
    }
    const QString email = contact.email.trimmed();
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!email.isEmpty() && !emailShape.match(email).hasMatch()) {
        issues.push_back({QStringLiteral("email"), QStringLiteral("The email address '%1' is not of the form "
                                                                  "name@example.org.")
                                                       .arg(email)});
    }
    if (!contact.phone.trimmed().isEmpty()) {
        checkPhone(contact.phone.trimmed(), issues);
    }
    return issues;
}

} // namespace casebook
