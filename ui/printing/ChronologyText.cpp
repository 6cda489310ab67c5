#include "ChronologyText.h"

#include "panel/PipDecisions.h"

#include "domain/Enrolment.h"
#include "domain/Placement.h"
#include "domain/Support.h"
#include "rules/ReasonCodes.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

namespace casebook::printing {

namespace {

// "moved_school" -> "Moved school": a stored id with no label list of its own.
QString humanise(const QString& id)
{
    QString text = id.trimmed();
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

QString label(const QHash<QString, QString>& labels, const QString& id)
{
    return labels.value(id, humanise(id));
}

// "DB, VA" -> "Disruptive behaviour (DB), Verbal abuse against an adult (VA)".
QString reasonsText(const QString& codes)
{
    static const std::vector<ReasonCode> table = builtInReasonCodes();
    QStringList out;
    for (const QString& raw : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = raw.trimmed();
        QString description;
        for (const ReasonCode& r : table) {
            if (r.code == code) {
                description = r.description;
                break;
            }
        }
        out << (description.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(description, code));
    }
    return out.join(QStringLiteral(", "));
}

// The non-empty parts joined with "; ", leaving out a part another part already says ("CAMHS; CAMHS").
QString joinParts(const QStringList& parts)
{
    QStringList trimmed;
    for (const QString& p : parts) {
        if (!p.trimmed().isEmpty()) {
            trimmed << p.trimmed();
        }
    }
    QStringList kept;
    for (int i = 0; i < trimmed.size(); ++i) {
        bool repeated = false;
        for (int j = 0; j < trimmed.size() && !repeated; ++j) {
            const bool contains = trimmed.at(j).contains(trimmed.at(i), Qt::CaseInsensitive);
            repeated = j != i && contains && (trimmed.at(j).size() > trimmed.at(i).size() || j < i);
        }
        if (!repeated) {
            kept << trimmed.at(i);
        }
    }
    return kept.join(QStringLiteral("; "));
}

const QHash<QString, QString>& outcomeLabels()
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("upheld"), QStringLiteral("Upheld")},
        {QStringLiteral("reinstated"), QStringLiteral("Reinstated")},
        {QStringLiteral("recommend_reconsideration"), QStringLiteral("Recommended reconsideration")},
        {QStringLiteral("quash_direct_reconsideration"), QStringLiteral("Quashed, reconsideration directed")},
        {QStringLiteral("noted"), QStringLiteral("Noted")},
    };
    return labels;
}

QString choice(const ChoiceList& choices, const QString& id)
{
    return id.isEmpty() ? QString() : choiceLabel(choices, id);
}

} // namespace

QString daysText(double days)
{
    if (days == 0.5) {
        return QStringLiteral("half a day");
    }
    if (days == 1.0) {
        return QStringLiteral("1 day");
    }
    return QStringLiteral("%1 days").arg(QLocale::c().toString(days, 'g', 6));
}

QString chronologyKindLabel(const QString& kind)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("enrolled"), QStringLiteral("Joined school")},
        {QStringLiteral("left_school"), QStringLiteral("Left school")},
        {QStringLiteral("suspension"), QStringLiteral("Suspension")},
        {QStringLiteral("permanent_exclusion"), QStringLiteral("Permanent exclusion")},
        {QStringLiteral("board_meeting"), QStringLiteral("Governing board meeting")},
        {QStringLiteral("irp_application"), QStringLiteral("Review panel application")},
        {QStringLiteral("irp_meeting"), QStringLiteral("Independent review panel")},
        {QStringLiteral("reconsideration"), QStringLiteral("Board reconsideration")},
        {QStringLiteral("exclusion_withdrawn"), QStringLiteral("Exclusion withdrawn")},
        {QStringLiteral("psp_started"), QStringLiteral("Pastoral support plan")},
        {QStringLiteral("psp_review"), QStringLiteral("PSP review")},
        {QStringLiteral("pip_referral"), QStringLiteral("Inclusion panel referral")},
        {QStringLiteral("pip_decision"), QStringLiteral("Inclusion panel decision")},
        {QStringLiteral("support"), QStringLiteral("Support")},
        {QStringLiteral("managed_move"), QStringLiteral("Managed move")},
        {QStringLiteral("off_site_direction"), QStringLiteral("Off-site direction")},
        {QStringLiteral("ap_placement"), QStringLiteral("Alternative provision")},
        {QStringLiteral("ehe"), QStringLiteral("Elective home education")},
        {QStringLiteral("cme"), QStringLiteral("Child missing education")},
        {QStringLiteral("case_note"), QStringLiteral("Case note")},
    };
    return label(labels, kind);
}

QString panelDecisionLabel(const QString& decision)
{
    return pipDecisionLabel(decision);
}

QString chronologyDetail(const ChronologyEvent& e)
{
    const QString& kind = e.kind;
    if (kind == QLatin1String("suspension")) {
        const QString days = daysText(e.detail2.toInt() / 2.0);
        return e.detail.isEmpty() ? days : joinParts({days, reasonsText(e.detail)});
    }
    if (kind == QLatin1String("permanent_exclusion")) {
        return joinParts(
            {reasonsText(e.detail), e.detail2.isEmpty() ? QString() : QStringLiteral("destination: ") + e.detail2});
    }
    if (kind == QLatin1String("enrolled")) {
        return e.detail == QLatin1String("single") ? QString() : registrationTypeLabel(e.detail);
    }
    if (kind == QLatin1String("left_school")) {
        return joinParts({e.detail.isEmpty() ? QString() : leavingReasonLabel(e.detail), e.detail2});
    }
    if (kind == QLatin1String("board_meeting")) {
        return e.detail.isEmpty() ? QString() : QStringLiteral("Board: ") + label(outcomeLabels(), e.detail);
    }
    if (kind == QLatin1String("irp_meeting")) {
        return e.detail.isEmpty() ? QString() : QStringLiteral("Panel: ") + label(outcomeLabels(), e.detail);
    }
    if (kind == QLatin1String("reconsideration")) {
        return e.detail.isEmpty() ? QString() : QStringLiteral("Board: ") + label(outcomeLabels(), e.detail);
    }
    if (kind == QLatin1String("pip_decision")) {
        return joinParts({panelDecisionLabel(e.detail), e.detail2});
    }
    if (kind == QLatin1String("support")) {
        return joinParts({choice(supportKinds(), e.detail), e.detail2});
    }
    if (kind == QLatin1String("managed_move") || kind == QLatin1String("off_site_direction")) {
        return joinParts({choice(placementOutcomes(), e.detail), e.detail2});
    }
    if (kind == QLatin1String("ap_placement")) {
        return joinParts({e.detail2, humanise(e.detail)});
    }
    if (kind == QLatin1String("pip_referral")) {
        return joinParts(
            {e.detail2, e.detail.isEmpty() ? QString() : QStringLiteral("status: ") + humanise(e.detail).toLower()});
    }
    // PSPs, EHE/CME and case notes: a status or category, then the text.
    return joinParts({humanise(e.detail), e.detail2});
}

} // namespace casebook::printing
