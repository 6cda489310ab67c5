#include "rules/ReasonCodes.h"

#include "calendar/UkDate.h"
#include "rules/GuidanceNumbers.h"

#include <QSet>

namespace casebook {

namespace {

constexpr int kLegacyFromYear = 2006;
constexpr int kSeptember = 9;
constexpr int kAugust = 8;
constexpr int kLastDayOfAugust = 31;

QDate revisionFrom()
{
    return {guidance::kReasonCodes2020FromYear, kSeptember, 1};
}

QDate revisionTo()
{
    return {guidance::kReasonCodes2020FromYear, kAugust, kLastDayOfAugust};
}

QString normalisedCode(const QString& code)
{
    return code.trimmed().toUpper();
}

} // namespace

bool ReasonCode::validOn(QDate date) const
{
    return date.isValid() && date >= validFrom && (!validTo || date <= *validTo);
}

QDate legacyReasonCodesFrom()
{
    return {kLegacyFromYear, kSeptember, 1};
}

std::vector<ReasonCode> builtInReasonCodes()
{
    const QDate legacy = legacyReasonCodesFrom();
    const auto both = [&legacy](const char* code, const char* description) {
        return ReasonCode{QLatin1String(code), QLatin1String(description), legacy, std::nullopt};
    };
    const auto before = [&legacy](const char* code, const char* description) {
        return ReasonCode{QLatin1String(code), QLatin1String(description), legacy, revisionTo()};
    };
    const auto since = [](const char* code, const char* description) {
        return ReasonCode{QLatin1String(code), QLatin1String(description), revisionFrom(), std::nullopt};
    };
    return {
        both("PP", "Physical assault against a pupil"),
        both("PA", "Physical assault against an adult"),
        both("VP", "Verbal abuse or threatening behaviour against a pupil"),
        both("VA", "Verbal abuse or threatening behaviour against an adult"),
        since("OW", "Use or threat of use of an offensive weapon or prohibited item"),
        both("BU", "Bullying"),
        both("RA", "Racist abuse"),
        since("LG", "Abuse against sexual orientation and gender identity"),
        since("DS", "Abuse relating to disability"),
        both("SM", "Sexual misconduct"),
        both("DA", "Drug and alcohol related"),
        both("DM", "Damage"),
        both("TH", "Theft"),
        since("DB", "Persistent disruptive behaviour"),
        since("MT", "Inappropriate use of social media or online technology"),
        since("PH", "Wilful and repeated transgression of public-health protective measures"),
        before("PD", "Persistent disruptive behaviour"),
        before("OT", "Other"),
    };
}

std::optional<ReasonCode> reasonCodeOn(const QString& code, QDate date, const std::vector<ReasonCode>& table)
{
    const QString wanted = normalisedCode(code);
    for (const ReasonCode& row : table) {
        if (row.code == wanted && row.validOn(date)) {
            return row;
        }
    }
    return std::nullopt;
}

std::vector<ReasonCode> reasonCodesValidOn(QDate date, const std::vector<ReasonCode>& table)
{
    std::vector<ReasonCode> valid;
    for (const ReasonCode& row : table) {
        if (row.validOn(date)) {
            valid.push_back(row);
        }
    }
    return valid;
}

Status validateReasonCodes(const QStringList& codes, QDate onDate, const std::vector<ReasonCode>& table)
{
    QStringList given;
    for (const QString& code : codes) {
        if (!normalisedCode(code).isEmpty()) {
            given.append(normalisedCode(code));
        }
    }
    if (given.isEmpty()) {
        return makeError(Error::Code::Invalid, QStringLiteral("Give at least one reason"));
    }
    if (!onDate.isValid()) {
        return makeError(Error::Code::Invalid, QStringLiteral("The decision date is needed to check the reasons"));
    }
    if (given.size() > guidance::kMaxReasonsPerExclusion) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("Give at most three reasons; there are %1").arg(given.size()));
    }
    QSet<QString> seen;
    for (const QString& code : given) {
        if (seen.contains(code)) {
            return makeError(Error::Code::Invalid, QStringLiteral("Duplicate reason '%1'").arg(code));
        }
        seen.insert(code);
        if (reasonCodeOn(code, onDate, table)) {
            continue;
        }
        const ReasonCode* known = nullptr;
        for (const ReasonCode& row : table) {
            if (row.code == code) {
                known = &row;
            }
        }
        if (!known) {
            return makeError(Error::Code::Invalid, QStringLiteral("'%1' is not a DfE reason code").arg(code));
        }
        const QString range = known->validTo && onDate > *known->validTo
                                  ? QStringLiteral("valid until %1").arg(ukDate(*known->validTo))
                                  : QStringLiteral("valid from %1").arg(ukDate(known->validFrom));
        return makeError(Error::Code::Invalid,
                         QStringLiteral("'%1' is not a valid reason code on %2 (%3)").arg(code, ukDate(onDate), range));
    }
    return {};
}

} // namespace casebook
