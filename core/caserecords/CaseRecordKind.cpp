#include "caserecords/CaseRecordKind.h"

namespace casebook {

namespace {

RecordTable direct(const char* table)
{
    return {QString::fromLatin1(table), QStringLiteral("pupil_id = ?"), true};
}

RecordTable child(const char* table, const char* column, const char* parent, bool hasId)
{
    return {QString::fromLatin1(table),
            QStringLiteral("%1 IN (SELECT id FROM %2 WHERE pupil_id = ?)")
                .arg(QString::fromLatin1(column), QString::fromLatin1(parent)),
            hasId};
}

} // namespace

const std::vector<CaseRecordKind>& allCaseRecordKinds()
{
    static const std::vector<CaseRecordKind> kinds{
        CaseRecordKind::Pupil,     CaseRecordKind::Suspension,  CaseRecordKind::Exclusion,
        CaseRecordKind::Psp,       CaseRecordKind::PipReferral, CaseRecordKind::Support,
        CaseRecordKind::Placement, CaseRecordKind::ApPlacement, CaseRecordKind::Registration,
        CaseRecordKind::Enrolment, CaseRecordKind::Contact,     CaseRecordKind::CaseNote,
    };
    return kinds;
}

QString caseRecordKindId(CaseRecordKind kind)
{
    switch (kind) {
    case CaseRecordKind::Pupil:
        return QStringLiteral("pupil");
    case CaseRecordKind::Suspension:
        return QStringLiteral("suspension");
    case CaseRecordKind::Exclusion:
        return QStringLiteral("exclusion");
    case CaseRecordKind::Psp:
        return QStringLiteral("psp");
    case CaseRecordKind::PipReferral:
        return QStringLiteral("pip_referral");
    case CaseRecordKind::Support:
        return QStringLiteral("support");
    case CaseRecordKind::Placement:
        return QStringLiteral("placement");
    case CaseRecordKind::ApPlacement:
        return QStringLiteral("ap_placement");
    case CaseRecordKind::Registration:
        return QStringLiteral("registration");
    case CaseRecordKind::Enrolment:
        return QStringLiteral("enrolment");
    case CaseRecordKind::Contact:
        return QStringLiteral("contact");
    case CaseRecordKind::CaseNote:
        return QStringLiteral("case_note");
    }
    return {};
}

QString caseRecordKindName(CaseRecordKind kind)
{
    switch (kind) {
    case CaseRecordKind::Pupil:
        return QStringLiteral("pupil's details");
    case CaseRecordKind::Suspension:
        return QStringLiteral("suspension");
    case CaseRecordKind::Exclusion:
        return QStringLiteral("permanent exclusion");
    case CaseRecordKind::Psp:
        return QStringLiteral("pastoral support plan");
    case CaseRecordKind::PipReferral:
        return QStringLiteral("inclusion panel referral");
    case CaseRecordKind::Support:
        return QStringLiteral("support");
    case CaseRecordKind::Placement:
        return QStringLiteral("managed move or off-site direction");
    case CaseRecordKind::ApPlacement:
        return QStringLiteral("alternative provision placement");
    case CaseRecordKind::Registration:
        return QStringLiteral("home education or missing education registration");
    case CaseRecordKind::Enrolment:
        return QStringLiteral("school move");
    case CaseRecordKind::Contact:
        return QStringLiteral("contact");
    case CaseRecordKind::CaseNote:
        return QStringLiteral("case note");
    }
    return {};
}

std::vector<RecordTable> recordTables(CaseRecordKind kind)
{
    switch (kind) {
    case CaseRecordKind::Pupil:
        return {{QStringLiteral("pupils"), QStringLiteral("id = ?"), true},
                direct("pupil_characteristics"),
                direct("enrolments")};
    case CaseRecordKind::Suspension:
        return {direct("suspensions"), child("suspension_reasons", "suspension_id", "suspensions", false)};
    case CaseRecordKind::Exclusion:
        return {direct("permanent_exclusions"),
                child("permanent_exclusion_reasons", "permanent_exclusion_id", "permanent_exclusions", false)};
    case CaseRecordKind::Psp:
        return {direct("psps"), child("psp_reviews", "psp_id", "psps", true)};
    case CaseRecordKind::PipReferral:
        return {direct("pip_referrals"), child("pip_actions", "referral_id", "pip_referrals", true)};
    case CaseRecordKind::Support:
        return {direct("support_interventions")};
    case CaseRecordKind::Placement:
        return {direct("placements")};
    case CaseRecordKind::ApPlacement:
        return {direct("ap_placements")};
    case CaseRecordKind::Registration:
        return {direct("ehe_cme_registrations")};
    case CaseRecordKind::Enrolment:
        return {direct("enrolments")};
    case CaseRecordKind::Contact:
        return {direct("contacts")};
    case CaseRecordKind::CaseNote:
        return {direct("case_notes")};
    }
    return {};
}

bool isVoidable(CaseRecordKind kind)
{
    return kind != CaseRecordKind::Pupil && kind != CaseRecordKind::Contact;
}

} // namespace casebook
