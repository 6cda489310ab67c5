// The table-by-table half of DemoWriter: one DemoBulkInsert per table, columns named as in the schema.
#include "demo/DemoBulkInsert.h"
#include "demo/DemoWriter.h"

#include "db/Database.h"

namespace casebook::demo {

namespace {

QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(QStringLiteral(", "));
}

// Runs `fill` (which adds rows) and finishes the insert.
template <typename Fill>
Status insertAll(Database& db, const QString& stamp, const char* table, const char* columnList, Fill fill)
{
    DemoBulkInsert insert(db.connection(), QString::fromLatin1(table), columns(columnList), stamp);
    if (Status s = fill(insert); !s) {
        return s;
    }
    return insert.finish();
}

} // namespace

Status DemoWriter::writeCalendar(const DemoData& data)
{
    const DemoCalendar& calendar = data.calendar;
    Status s = insertAll(m_db, m_stamp, "academic_years", "label, year11_exams_end", [&](DemoBulkInsert& q) {
        for (int yi = 0; yi < calendar.yearCount(); ++yi) {
            const DemoTermYear& y = calendar.year(yi).published;
            q.add(y.year.label()).addDate(y.year11ExamsEnd);
            if (Status e = q.endRow(); !e) {
                return e;
            }
        }
        return Status();
    });
    if (s) {
        s = insertAll(m_db, m_stamp, "term_dates", "academic_year, term, first_day, last_day", [&](DemoBulkInsert& q) {
            for (const TermDates& t : calendar.input().terms) {
                q.add(t.year.label()).add(termId(t.term)).addDate(t.firstDay).addDate(t.lastDay);
                if (Status e = q.endRow(); !e) {
                    return e;
                }
            }
            return Status();
        });
    }
    if (s) {
        s = insertAll(
            m_db, m_stamp, "non_school_days", "school_id, kind, first_day, last_day, description",
            [&](DemoBulkInsert& q) {
                for (const NonSchoolPeriod& p : calendar.input().nonSchoolPeriods) {
                    q.addId(0).add(nonSchoolKindId(p.kind)).addDate(p.from).addDate(p.to).addText(p.description);
                    if (Status e = q.endRow(); !e) {
                        return e;
                    }
                }
                for (const DemoCalendar::Closure& c : calendar.closures()) {
                    q.addId(DemoContext::id(c.school))
                        .add(nonSchoolKindId(c.period.kind))
                        .addDate(c.period.from)
                        .addDate(c.period.to)
                        .addText(c.period.description);
                    if (Status e = q.endRow(); !e) {
                        return e;
                    }
                }
                return Status();
            });
    }
    return s;
}

Status DemoWriter::writeSchools(const DemoData& data)
{
    Status s = insertAll(m_db, m_stamp, "schools",
                         "id, urn, laestab, name, phase, school_type, trust_name, locality, opened_on",
                         [&](DemoBulkInsert& q) {
                             for (std::size_t i = 0; i < data.schools.size(); ++i) {
                                 const SchoolRow& r = data.schools[i];
                                 q.addInt(static_cast<qint64>(i) + 1)
                                     .add(r.urn)
                                     .add(r.laestab)
                                     .add(r.name)
                                     .add(phaseId(r.phase))
                                     .add(r.schoolType)
                                     .addText(r.trustName)
                                     .addText(r.locality)
                                     .addDate(r.openedOn);
                                 if (Status e = q.endRow(); !e) {
                                     return e;
                                 }
                             }
                             return Status();
                         });
    if (!s) {
        return s;
    }
    DemoBulkInsert totals(m_db.connection(), QStringLiteral("school_rolls"),
                          columns("school_id, academic_year, headcount"), m_stamp);
    DemoBulkInsert groups(m_db.connection(), QStringLiteral("school_roll_year_groups"),
                          columns("school_id, academic_year, nc_year, headcount"), m_stamp);
    for (const RollRow& r : data.rolls) {
        DemoBulkInsert& q = r.ncYear == kWholeSchool ? totals : groups;
        q.addId(r.school).add(r.year.label());
        if (r.ncYear != kWholeSchool) {
            q.addInt(r.ncYear);
        }
        q.addInt(r.headcount);
        if (Status e = q.endRow(); !e) {
            return e;
        }
    }
    if (Status e = totals.finish(); !e) {
        return e;
    }
    return groups.finish();
}

Status DemoWriter::writePupils(const DemoData& data)
{
    Status s =
        insertAll(m_db, m_stamp, "pupils",
                  "id, upn, upn_is_temporary, legal_forename, legal_surname, preferred_forename, date_of_birth, sex, "
                  "ethnicity_code, first_language, has_social_worker, social_worker_name, social_worker_contact, "
                  "virtual_school_contact",
                  [&](DemoBulkInsert& q) {
                      for (std::size_t i = 0; i < data.pupils.size(); ++i) {
                          const PupilRow& p = data.pupils[i];
                          q.addInt(static_cast<qint64>(i) + 1)
                              .add(p.upn)
                              .addFlag(p.upnTemporary)
                              .add(p.forename)
                              .add(p.surname)
                              .addText(p.preferredForename)
                              .addDate(p.dateOfBirth)
                              .add(QString(p.sex))
                              .addText(p.ethnicity)
                              .addText(p.firstLanguage)
                              .addFlag(p.hasSocialWorker)
                              .addText(p.socialWorkerName)
                              .addText(p.socialWorkerContact)
                              .addText(p.virtualSchoolContact);
                          if (Status e = q.endRow(); !e) {
                              return e;
                          }
                      }
                      return Status();
                  });
    if (s) {
        s = insertAll(m_db, m_stamp, "pupil_characteristics", "pupil_id, kind, value, valid_from, valid_to",
                      [&](DemoBulkInsert& q) {
                          for (const CharacteristicRow& c : data.characteristics) {
                              q.addId(c.pupil).add(traitId(c.kind)).add(QString(c.value)).addDate(c.from).addDate(c.to);
                              if (Status e = q.endRow(); !e) {
                                  return e;
                              }
                          }
                          return Status();
                      });
    }
    if (s) {
        s = insertAll(m_db, m_stamp, "contacts",
                      "pupil_id, name, relationship, has_parental_responsibility, phone, email, address, is_primary",
                      [&](DemoBulkInsert& q) {
                          for (const ContactRow& c : data.contacts) {
                              q.addId(c.pupil)
                                  .add(c.name)
                                  .addText(c.relationship)
                                  .addFlag(c.parentalResponsibility)
                                  .addText(c.phone)
                                  .addText(c.email)
                                  .addText(c.address)
                                  .addFlag(c.primary);
                              if (Status e = q.endRow(); !e) {
                                  return e;
                              }
                          }
                          return Status();
                      });
    }
    if (s) {
        s = insertAll(
            m_db, m_stamp, "enrolments",
            "pupil_id, school_id, start_date, end_date, leaving_reason, destination_school_id, destination_note",
            [&](DemoBulkInsert& q) {
                for (const EnrolmentRow& e : data.enrolments) {
                    q.addId(e.pupil)
                        .addId(e.school)
                        .addDate(e.start)
                        .addDate(e.end)
                        .addText(e.leavingReason)
                        .addId(e.destination)
                        .addText(e.destinationNote);
                    if (Status st = q.endRow(); !st) {
                        return st;
                    }
                }
                return Status();
            });
    }
    return s;
}

Status DemoWriter::writeSuspensions(const DemoData& data)
{
    DemoBulkInsert rows(m_db.connection(), QStringLiteral("suspensions"),
                        columns("id, pupil_id, school_id, category, first_day, start_session, sessions, decision_date, "
                                "detail, parent_notified_on, governors_notified_on, la_notified_on, "
                                "social_worker_notified_on, virtual_school_notified_on, reintegration_meeting_on, "
                                "sixth_day_provision, sixth_day_provision_from, board_review_requested_on, "
                                "board_review_on, board_review_outcome, would_miss_exam, cancelled_on"),
                        m_stamp);
    DemoBulkInsert reasons(m_db.connection(), QStringLiteral("suspension_reasons"),
                           columns("suspension_id, position, code"));
    const QString suspension = QStringLiteral("suspension");
    const QString lunchtime = QStringLiteral("lunchtime");
    const QString am = QStringLiteral("am");
    const QString pm = QStringLiteral("pm");
    qint64 id = 0;
    for (const SuspensionRow& s : data.suspensions) {
        if (s.removed) {
            continue;
        }
        ++id;
        rows.addInt(id)
            .addId(s.pupil)
            .addId(s.school)
            .add(s.lunchtime ? lunchtime : suspension)
            .addDate(s.firstDay)
            .add(s.afternoon ? pm : am)
            .addInt(s.sessions)
            .addDate(s.decisionDate)
            .addText(s.detail)
            .addDate(s.parentNotified)
            .addDate(s.governorsNotified)
            .addDate(s.laNotified)
            .addDate(s.socialWorkerNotified)
            .addDate(s.virtualSchoolNotified)
            .addDate(s.reintegrationMeeting)
            .addText(s.sixthDayProvision)
            .addDate(s.sixthDayProvisionFrom)
            .addDate(s.boardReviewRequested)
            .addDate(s.boardReviewOn)
            .addText(s.boardReviewOutcome)
            .addFlag(s.wouldMissExam)
            .addDate(s.cancelledOn);
        if (Status e = rows.endRow(); !e) {
            return e;
        }
    }
    if (Status e = rows.finish(); !e) {
        return e;
    }
    id = 0; // the reasons after every suspension is in: a batch of reasons may run ahead of its suspensions
    for (const SuspensionRow& s : data.suspensions) {
        if (s.removed) {
            continue;
        }
        ++id;
        for (int position = 0; position < 3 && !s.reasons[static_cast<std::size_t>(position)].isEmpty(); ++position) {
            reasons.addInt(id).addInt(position + 1).add(s.reasons[static_cast<std::size_t>(position)]);
            if (Status e = reasons.endRow(); !e) {
                return e;
            }
        }
    }
    return reasons.finish();
}

Status DemoWriter::writeExclusions(const DemoData& data)
{
    DemoBulkInsert rows(m_db.connection(), QStringLiteral("permanent_exclusions"),
                        columns("id, pupil_id, school_id, decision_date, effective_date, detail, parent_notified_on, "
                                "governors_notified_on, la_notified_on, social_worker_notified_on, "
                                "virtual_school_notified_on, would_miss_exam, board_meeting_on, board_outcome, "
                                "board_decision_notice_sent_on, irp_application_on, irp_meeting_on, irp_outcome, "
                                "irp_decision_on, reconsideration_on, reconsideration_outcome, la_provision_from, "
                                "la_provision_detail, destination, withdrawn_on"),
                        m_stamp);
    DemoBulkInsert reasons(m_db.connection(), QStringLiteral("permanent_exclusion_reasons"),
                           columns("permanent_exclusion_id, position, code"));
    qint64 id = 0;
    for (const ExclusionRow& x : data.exclusions) {
        ++id;
        rows.addInt(id)
            .addId(x.pupil)
            .addId(x.school)
            .addDate(x.decisionDate)
            .addDate(x.effectiveDate)
            .addText(x.detail)
            .addDate(x.parentNotified)
            .addDate(x.governorsNotified)
            .addDate(x.laNotified)
            .addDate(x.socialWorkerNotified)
            .addDate(x.virtualSchoolNotified)
            .addFlag(x.wouldMissExam)
            .addDate(x.boardMeeting)
            .addText(x.boardOutcome)
            .addDate(x.boardNoticeSent)
            .addDate(x.irpApplication)
            .addDate(x.irpMeeting)
            .addText(x.irpOutcome)
            .addDate(x.irpDecision)
            .addDate(x.reconsideration)
            .addText(x.reconsiderationOutcome)
            .addDate(x.laProvisionFrom)
            .addText(x.laProvisionDetail)
            .addText(x.destination)
            .addDate(x.withdrawnOn);
        if (Status e = rows.endRow(); !e) {
            return e;
        }
    }
    if (Status e = rows.finish(); !e) {
        return e;
    }
    id = 0;
    for (const ExclusionRow& x : data.exclusions) {
        ++id;
        for (int position = 0; position < 3 && !x.reasons[static_cast<std::size_t>(position)].isEmpty(); ++position) {
            reasons.addInt(id).addInt(position + 1).add(x.reasons[static_cast<std::size_t>(position)]);
            if (Status e = reasons.endRow(); !e) {
                return e;
            }
        }
    }
    return reasons.finish();
}

} // namespace casebook::demo
