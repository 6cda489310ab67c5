#include "rules/SchoolIdentifiers.h"

namespace casebook {

namespace {

constexpr int kLaEstabDigits = 7;
constexpr int kLaCodeDigits = 3;
constexpr int kUrnDigits = 6;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QString withoutSpaces(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace()) {
            out.append(c);
        }
    }
    return out;
}

// Position (1-based) of the first character that is not a digit, or 0.
int firstNonDigit(const QString& text)
{
    for (int i = 0; i < text.size(); ++i) {
        if (!isAsciiDigit(text.at(i))) {
            return i + 1;
        }
    }
    return 0;
}

} // namespace

IdentifierCheck checkLaEstab(const QString& laEstab)
{
    IdentifierCheck check;
    QString text = withoutSpaces(laEstab);
    // "873/4001" or "873-4001": the separator belongs after the 3-digit LA code only.
    if (text.size() == kLaEstabDigits + 1 &&
        (text.at(kLaCodeDigits) == QLatin1Char('/') || text.at(kLaCodeDigits) == QLatin1Char('-'))) {
        text.remove(kLaCodeDigits, 1);
    }
    check.normalised = text;
    if (text.isEmpty()) {
        check.message = QStringLiteral("LAESTAB is empty");
    } else if (const int bad = firstNonDigit(text); bad > 0) {
        check.message = QStringLiteral("LAESTAB must be digits only (3-digit LA code and 4-digit establishment "
                                       "number); character %1 is '%2'")
                            .arg(bad)
                            .arg(text.at(bad - 1));
    } else if (text.size() != kLaEstabDigits) {
        check.message = QStringLiteral("LAESTAB must be 7 digits (3-digit LA code and 4-digit establishment "
                                       "number); this has %1")
                            .arg(text.size());
    } else {
        check.valid = true;
    }
    return check;
}

IdentifierCheck checkUrn(const QString& urn)
{
    IdentifierCheck check;
    const QString text = withoutSpaces(urn);
    check.normalised = text;
    if (text.isEmpty()) {
        check.message = QStringLiteral("URN is empty");
    } else if (const int bad = firstNonDigit(text); bad > 0) {
        check.message = QStringLiteral("URN must be digits only; character %1 is '%2'").arg(bad).arg(text.at(bad - 1));
    } else if (text.size() != kUrnDigits) {
        check.message = QStringLiteral("URN must be 6 digits; this has %1").arg(text.size());
    } else if (text.at(0) == QLatin1Char('0')) {
        check.message = QStringLiteral("URN must not start with 0 (URNs run from 100000 to 999999)");
    } else {
        check.valid = true;
    }
    return check;
}

} // namespace casebook
