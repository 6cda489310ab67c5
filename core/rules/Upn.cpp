#include "rules/Upn.h"

#include <QLatin1String>

namespace casebook {

namespace {

constexpr int kUpnLength = 13;
constexpr int kBodyLength = kUpnLength - 1;
constexpr int kFirstWeight = 2;
const QLatin1String kCheckAlphabet("ABCDEFGHJKLMNPQRTUVWXYZ"); // 23 letters: no I, O or S

int alphabetValue(QChar c)
{
    return static_cast<int>(kCheckAlphabet.indexOf(c));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isNeverUsedLetter(QChar c)
{
    return c == QLatin1Char('I') || c == QLatin1Char('O') || c == QLatin1Char('S');
}

QString removeSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace()) {
            out.append(c);
        }
    }
    return out;
}

// Why `body` (12 characters) cannot follow a check letter, or an empty string.
QString bodyProblem(const QString& body)
{
    for (int i = 0; i < kBodyLength - 1; ++i) {
        const QChar c = body.at(i);
        if (!isAsciiDigit(c)) {
            return QStringLiteral("Characters 2–13 must be digits (a temporary UPN may end in a letter); "
                                  "character %1 is '%2'")
                .arg(i + 2)
                .arg(c);
        }
    }
    const QChar last = body.at(kBodyLength - 1);
    if (isAsciiDigit(last) || alphabetValue(last) >= 0) {
        return {};
    }
    if (isNeverUsedLetter(last)) {
        return QStringLiteral("Character 13 may be a letter only in a temporary UPN, and '%1' is not used in UPNs "
                              "(I, O and S are never used)")
            .arg(last);
    }
    return QStringLiteral("Characters 2–13 must be digits (a temporary UPN may end in a letter); "
                          "character 13 is '%1'")
        .arg(last);
}

} // namespace

std::optional<QChar> upnCheckLetter(const QString& body)
{
    if (body.size() != kBodyLength || !bodyProblem(body).isEmpty()) {
        return std::nullopt;
    }
    int sum = 0;
    for (int i = 0; i < kBodyLength; ++i) {
        const QChar c = body.at(i);
        const int value = isAsciiDigit(c) ? c.digitValue() : alphabetValue(c);
        sum += value * (i + kFirstWeight);
    }
    return QChar(kCheckAlphabet.at(sum % static_cast<int>(kCheckAlphabet.size())));
}

UpnCheck checkUpn(const QString& upn)
{
    UpnCheck check;
    check.normalised = removeSpaces(upn).toUpper();
    const QString& text = check.normalised;
    if (text.isEmpty()) {
        check.message = QStringLiteral("UPN is empty");
        return check;
    }
    if (text.size() != kUpnLength) {
        check.message = QStringLiteral("UPN must be 13 characters; this has %1").arg(text.size());
        return check;
    }
    const QChar first = text.at(0);
    if (isNeverUsedLetter(first)) {
        check.message = QStringLiteral("Character 1 must be the check letter; '%1' is not used in UPNs "
                                       "(I, O and S are never used)")
                            .arg(first);
        return check;
    }
    if (alphabetValue(first) < 0) {
        check.message = QStringLiteral("Character 1 must be the check letter (a letter); this is '%1'").arg(first);
        return check;
    }
    const QString body = text.mid(1);
    const QString problem = bodyProblem(body);
    if (!problem.isEmpty()) {
        check.message = problem;
        return check;
    }
    check.temporary = !isAsciiDigit(body.at(kBodyLength - 1));
    const QChar expected = *upnCheckLetter(body);
    if (expected != first) {
        check.message = QStringLiteral("Check letter should be '%1', not '%2'").arg(expected).arg(first);
        return check;
    }
    check.valid = true;
    return check;
}

} // namespace casebook
