// DemoWriter for casework: support plans and interventions, placements, AP, EHE/CME, the panel, case notes.
#include "demo/DemoBulkInsert.h"
#include "demo/DemoWriter.h"

#include "db/Database.h"

namespace casebook::demo {

namespace {

QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(QStringLiteral(", "));
}

// Adds one row per item with `row` and finishes the insert.
template <typename Rows, typename Row>
Status insertEach(Database& db, const QString& stamp, const char* table, const char* columnList, const Rows& items,
                  Row row)
{
    DemoBulkInsert insert(db.connection(), QString::fromLatin1(table), columns(columnList), stamp);
    qint64 id = 0;
    for (const auto& item : items) {
        row(insert, ++id, item);
        if (Status s = insert.endRow(); !s) {
            return s;
        }
    }
    return insert.finish();
}

} // namespace

Status DemoWriter::writeSupport(const DemoData& data)
{
    Status s =
        insertEach(m_db, m_stamp, "psps",
                   "id, pupil_id, school_id, start_date, planned_end_date, end_date, la_representative, targets, "
                   "agencies, status, outcome",
                   data.psps, [](DemoBulkInsert& q, qint64 id, const PspRow& p) {
                       q.addInt(id)
                           .addId(p.pupil)
                           .addId(p.school)
                           .addDate(p.start)
                           .addDate(p.plannedEnd)
                           .addDate(p.end)
                           .addText(p.laRepresentative)
                           .addText(p.targets)
                           .addText(p.agencies)
                           .add(p.status)
                           .addText(p.outcome);
                   });
    if (s) {
        s = insertEach(m_db, m_stamp, "psp_reviews", "psp_id, due_on, held_on, notes", data.pspReviews,
                       [](DemoBulkInsert& q, qint64, const PspReviewRow& r) {
                           q.addId(r.psp).addDate(r.due).addDate(r.held).addText(r.notes);
                       });
    }
    if (s) {
        s = insertEach(m_db, m_stamp, "support_interventions",
                       "pupil_id, school_id, kind, start_date, end_date, provider, notes", data.support,
                       [](DemoBulkInsert& q, qint64, const SupportRow& r) {
                           q.addId(r.pupil)
                               .addId(r.school)
                               .add(r.kind)
                               .addDate(r.start)
                               .addDate(r.end)
                               .addText(r.provider)
                               .addText(r.notes);
                       });
    }
    if (s) {
        s = insertEach(m_db, m_stamp, "placements",
                       "pupil_id, kind, from_school_id, to_school_id, start_date, review_on, end_date, outcome, notes",
                       data.placements, [](DemoBulkInsert& q, qint64, const PlacementRow& r) {
                           q.addId(r.pupil)
                               .add(r.kind)
                               .addId(r.fromSchool)
                               .addId(r.toSchool)
                               .addDate(r.start)
                               .addDate(r.reviewOn)
                               .addDate(r.end)
                               .addText(r.outcome)
                               .addText(r.notes);
                       });
    }
    if (s) {
        s = insertEach(m_db, m_stamp, "ap_placements",
                       "pupil_id, provider_name, provider_school_id, commissioning_school_id, commissioned_by, "
                       "start_date, end_date, days_per_week, dual_registered, cost_pence, outcome",
                       data.apPlacements, [](DemoBulkInsert& q, qint64, const ApPlacementRow& r) {
                           q.addId(r.pupil)
                               .add(r.provider)
                               .addId(r.providerSchool)
                               .addId(r.commissioningSchool)
                               .addText(r.commissionedBy)
                               .addDate(r.start)
                               .addDate(r.end)
                               .add(QVariant(r.daysPerWeek))
                               .addFlag(r.dualRegistered)
                               .addInt(r.costPence)
                               .addText(r.outcome);
                       });
    }
    if (s) {
        s = insertEach(m_db, m_stamp, "ehe_cme_registrations",
                       "pupil_id, kind, registered_on, school_id, reason_given, ended_on, outcome", data.eheCme,
                       [](DemoBulkInsert& q, qint64, const EheCmeRow& r) {
                           q.addId(r.pupil)
                               .add(r.kind)
                               .addDate(r.registered)
                               .addId(r.school)
                               .addText(r.reason)
                               .addDate(r.ended)
                               .addText(r.outcome);
                       });
    }
    return s;
}

Status DemoWriter::writePanel(const DemoData& data)
{
    Status s = insertEach(
        m_db, m_stamp, "panel_meetings", "id, meeting_date, location, attendees, minutes, status", data.meetings,
        [](DemoBulkInsert& q, qint64 id, const PanelMeetingRow& m) {
            q.addInt(id).addDate(m.date).addText(m.location).addText(m.attendees).addText(m.minutes).add(m.status);
        });
    if (s) {
        s = insertEach(m_db, m_stamp, "pip_referrals",
                       "id, pupil_id, school_id, received_on, reason, evidence, meeting_id, agenda_position, status, "
                       "decision, decision_on, decision_notes, minutes",
                       data.referrals, [](DemoBulkInsert& q, qint64 id, const ReferralRow& r) {
                           q.addInt(id)
                               .addId(r.pupil)
                               .addId(r.school)
                               .addDate(r.received)
                               .add(r.reason)
                               .addText(r.evidence)
                               .addId(r.meeting)
                               .addId(r.agendaPosition)
                               .add(r.status)
                               .addText(r.decision)
                               .addDate(r.decisionOn)
                               .addText(r.decisionNotes)
                               .addText(r.minutes);
                       });
    }
    if (s) {
        s = insertEach(m_db, m_stamp, "pip_actions", "referral_id, description, owner, due_on, done_on", data.actions,
                       [](DemoBulkInsert& q, qint64, const ActionRow& a) {
                           q.addId(a.referral).add(a.description).add(a.owner).addDate(a.due).addDate(a.done);
                       });
    }
    return s;
}

Status DemoWriter::writeNotes(const DemoData& data, const std::vector<qint64>& userIds)
{
    return insertEach(m_db, m_stamp, "case_notes", "pupil_id, noted_on, category, body, author_user_id", data.caseNotes,
                      [&](DemoBulkInsert& q, qint64, const CaseNoteRow& n) {
                          const std::size_t author = static_cast<std::size_t>(n.author);
                          q.addId(n.pupil)
                              .addDate(n.notedOn)
                              .add(n.category)
                              .add(n.body)
                              .addId(author < userIds.size() ? userIds[author] : 0);
                      });
}

} // namespace casebook::demo
