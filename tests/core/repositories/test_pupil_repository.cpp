#include "Builders.h"
#include "TempDatabase.h"

#include "repositories/OptimisticLock.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

const QDate kMonday(2025, 3, 10);

class PupilRepositoryTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
    }

    // The pupil's characteristic rows of one kind, oldest first, as "value from..to" (to empty when open).
    QStringList history(qint64 pupil, const QString& kind)
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT value, valid_from, coalesce(valid_to, '') FROM pupil_characteristics "
                                 "WHERE pupil_id = ? AND kind = ? ORDER BY valid_from"));
        q.addBindValue(pupil);
        q.addBindValue(kind);
        EXPECT_TRUE(q.exec());
        QStringList rows;
        while (q.next()) {
            rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QStringLiteral("..") +
                        q.value(2).toString();
        }
        return rows;
    }

    qint64 m_school = 0;
};

Pupil fullPupil()
{
    Pupil p =
        makePupil(QStringLiteral("Josephine"), QStringLiteral("Bloggs"), QDate(2011, 5, 1), makeUpn(938, 4001, 11, 1));
    p.preferredForename = QStringLiteral("Jo");
    p.sex = QStringLiteral("F");
    p.ethnicityCode = QStringLiteral("WBRI");
    p.firstLanguage = QStringLiteral("English");
    p.hasSocialWorker = true;
    p.socialWorkerName = QStringLiteral("Pat Lee");
    p.socialWorkerContact = QStringLiteral("01632 960000");
    p.virtualSchoolContact = QStringLiteral("vsh@example.org");
    p.notes = QStringLiteral("Lives with her aunt.");
    return p;
}

TEST_F(PupilRepositoryTest, EveryFieldIsSavedAndLoaded)
{
    PupilRepository pupils(db());
    const Pupil p = fullPupil();
    auto id = pupils.insert(p);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto loaded = pupils.load(id.value());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->upn, p.upn);
    EXPECT_EQ(loaded->preferredForename, QStringLiteral("Jo"));
    EXPECT_EQ(loaded->sex, QStringLiteral("F"));
    EXPECT_EQ(loaded->ethnicityCode, QStringLiteral("WBRI"));
    EXPECT_EQ(loaded->firstLanguage, QStringLiteral("English"));
    EXPECT_TRUE(loaded->hasSocialWorker);
    EXPECT_EQ(loaded->socialWorkerName, QStringLiteral("Pat Lee"));
    EXPECT_EQ(loaded->socialWorkerContact, QStringLiteral("01632 960000"));
    EXPECT_EQ(loaded->virtualSchoolContact, QStringLiteral("vsh@example.org"));
    EXPECT_EQ(loaded->notes, QStringLiteral("Lives with her aunt."));
    EXPECT_EQ(loaded->rowVersion, 1);
    auto missing = pupils.load(id.value() + 100);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
}

TEST_F(PupilRepositoryTest, AnUpdateNeedsTheVersionItWasLoadedAt)
{
    PupilRepository pupils(db());
    const qint64 id = pupils.insert(fullPupil()).value();
    Pupil p = pupils.load(id).value();
    p.legalSurname = QStringLiteral("Bloggs-Smith");
    p.upn.clear();
    ASSERT_TRUE(pupils.update(p).ok());
    Pupil reloaded = pupils.load(id).value();
    EXPECT_EQ(reloaded.legalSurname, QStringLiteral("Bloggs-Smith"));
    EXPECT_TRUE(reloaded.upn.isEmpty());
    EXPECT_EQ(reloaded.rowVersion, 2);

    p.legalSurname = QStringLiteral("Stale"); // still carries version 1
    const Status stale = pupils.update(p);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict);
    EXPECT_EQ(stale.error().message, staleRecordMessage());
    EXPECT_EQ(pupils.load(id)->legalSurname, QStringLiteral("Bloggs-Smith"));
}

TEST_F(PupilRepositoryTest, ANewPupilComesWithCharacteristicsAndSchoolInOneTransaction)
{
    PupilRepository pupils(db());
    PupilCharacteristics c;
    c.sen = QStringLiteral("K");
    c.fsm = QStringLiteral("1");
    Enrolment school;
    school.schoolId = m_school;
    school.startDate = QDate(2022, 9, 5);
    auto id = pupils.insert(fullPupil(), c, kMonday, school);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(history(id.value(), QStringLiteral("sen")), QStringList{QStringLiteral("K 2025-03-10..")});
    EXPECT_EQ(history(id.value(), QStringLiteral("fsm")), QStringList{QStringLiteral("1 2025-03-10..")});
    EXPECT_TRUE(history(id.value(), QStringLiteral("looked_after")).isEmpty()); // not recorded: no row
    EXPECT_EQ(pupils.characteristics(id.value()).value(), c);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT pupil_id, school_id, start_date, registration_type FROM enrolments")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), id.value());
    EXPECT_EQ(q.value(1).toLongLong(), m_school);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2022-09-05"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("single"));
}

TEST_F(PupilRepositoryTest, AFailedEnrolmentLeavesNoPupilBehind)
{
    PupilCharacteristics c;
    c.sen = QStringLiteral("E");
    Enrolment school;
    school.schoolId = m_school + 99; // no such school
    school.startDate = QDate(2022, 9, 5);
    auto id = PupilRepository(db()).insert(fullPupil(), c, kMonday, school);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(count(QStringLiteral("pupils")), 0);
    EXPECT_EQ(count(QStringLiteral("pupil_characteristics")), 0);
    EXPECT_EQ(count(QStringLiteral("enrolments")), 0);
}

TEST_F(PupilRepositoryTest, AChangedCharacteristicClosesTheOpenRowAndStartsANewOne)
{
    PupilRepository pupils(db());
    PupilCharacteristics c;
    c.sen = QStringLiteral("K");
    c.lookedAfter = QStringLiteral("0");
    const qint64 id = pupils.insert(fullPupil(), c, QDate(2024, 9, 2)).value();

    // Unchanged: nothing written.
    ASSERT_TRUE(pupils.setCharacteristics(id, c, kMonday).ok());
    EXPECT_EQ(count(QStringLiteral("pupil_characteristics")), 2);

    // An EHC plan from today: SEN support ends yesterday.
    c.sen = QStringLiteral("E");
    ASSERT_TRUE(pupils.setCharacteristics(id, c, kMonday).ok());
    EXPECT_EQ(history(id, QStringLiteral("sen")),
              (QStringList{QStringLiteral("K 2024-09-02..2025-03-09"), QStringLiteral("E 2025-03-10..")}));

    // Corrected on the same day: the row that started today changes in place.
    c.sen = QStringLiteral("N");
    ASSERT_TRUE(pupils.setCharacteristics(id, c, kMonday).ok());
    EXPECT_EQ(history(id, QStringLiteral("sen")),
              (QStringList{QStringLiteral("K 2024-09-02..2025-03-09"), QStringLiteral("N 2025-03-10..")}));

    // No longer recorded: a row that started today goes; an older open row ends yesterday.
    c.sen.clear();
    c.lookedAfter.clear();
    ASSERT_TRUE(pupils.setCharacteristics(id, c, kMonday).ok());
    EXPECT_EQ(history(id, QStringLiteral("sen")), QStringList{QStringLiteral("K 2024-09-02..2025-03-09")});
    EXPECT_EQ(history(id, QStringLiteral("looked_after")), QStringList{QStringLiteral("0 2024-09-02..2025-03-09")});
    EXPECT_EQ(pupils.characteristics(id).value(), PupilCharacteristics());

    // Looked after from a later day: a fresh row.
    c.lookedAfter = QStringLiteral("1");
    ASSERT_TRUE(pupils.setCharacteristics(id, c, kMonday.addDays(7)).ok());
    EXPECT_EQ(history(id, QStringLiteral("looked_after")),
              (QStringList{QStringLiteral("0 2024-09-02..2025-03-09"), QStringLiteral("1 2025-03-17..")}));
}

TEST_F(PupilRepositoryTest, AnUpdateWritesFieldsAndCharacteristicsTogetherOrNotAtAll)
{
    PupilRepository pupils(db());
    const qint64 id = pupils.insert(fullPupil(), {}, QDate(2024, 9, 2)).value();
    Pupil p = pupils.load(id).value();
    PupilCharacteristics c;
    c.fsm = QStringLiteral("1");
    p.notes = QStringLiteral("Now eligible for free school meals.");
    ASSERT_TRUE(pupils.update(p, c, kMonday).ok());
    EXPECT_EQ(history(id, QStringLiteral("fsm")), QStringList{QStringLiteral("1 2025-03-10..")});

    c.fsm = QStringLiteral("0");
    const Status stale = pupils.update(p, c, kMonday.addDays(1)); // p still has version 1
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict);
    EXPECT_EQ(history(id, QStringLiteral("fsm")), QStringList{QStringLiteral("1 2025-03-10..")});
}

TEST_F(PupilRepositoryTest, LikelyDuplicatesShareTheUpnOrTheNameAndDateOfBirth)
{
    PupilRepository pupils(db());
    Pupil jo =
        makePupil(QStringLiteral("Josephine"), QStringLiteral("Bloggs"), QDate(2011, 5, 1), makeUpn(938, 4001, 11, 1));
    jo.preferredForename = QStringLiteral("Jo");
    const qint64 joId = pupils.insert(jo).value();
    Pupil sam = makePupil(QStringLiteral("Sam"), QStringLiteral("Smith"), QDate(2012, 2, 2), makeUpn(938, 4001, 12, 7));
    sam.preferredSurname = QStringLiteral("Jones");
    const qint64 samId = pupils.insert(sam).value();
    const qint64 twinId =
        pupils.insert(makePupil(QStringLiteral("Josephine"), QStringLiteral("Bloggs"), QDate(2012, 5, 1))).value();
    const qint64 voidedId =
        pupils.insert(makePupil(QStringLiteral("Sam"), QStringLiteral("Smith"), QDate(2012, 2, 2))).value();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE pupils SET voided_at = '2025-01-01', void_reason = 'entered twice' "
                                    "WHERE id = %1")
                         .arg(voidedId)));
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) VALUES (%1, %2, "
                                    "'2022-09-05')")
                         .arg(joId)
                         .arg(m_school)));

    auto ids = [&](const QString& upn, const QString& forename, const QString& surname, QDate dob) {
        auto found = pupils.likelyDuplicates(upn, forename, surname, dob);
        EXPECT_TRUE(found.ok());
        QList<qint64> list;
        for (const PupilSummary& row : found.value()) {
            list << row.id;
        }
        return list;
    };
    EXPECT_EQ(ids(jo.upn, QStringLiteral("Anyone"), QStringLiteral("Else"), QDate(2015, 1, 1)), QList<qint64>{joId});
    EXPECT_EQ(ids({}, QStringLiteral("JOSEPHINE"), QStringLiteral("bloggs"), QDate(2011, 5, 1)), QList<qint64>{joId});
    EXPECT_EQ(ids({}, QStringLiteral(" jo "), QStringLiteral("Bloggs"), QDate(2011, 5, 1)), QList<qint64>{joId});
    EXPECT_EQ(ids({}, QStringLiteral("Sam"), QStringLiteral("jones"), QDate(2012, 2, 2)), QList<qint64>{samId});
    EXPECT_EQ(ids({}, QStringLiteral("Josephine"), QStringLiteral("Bloggs"), QDate(2012, 5, 1)), QList<qint64>{twinId});
    EXPECT_TRUE(ids({}, QStringLiteral("Josephine"), QStringLiteral("Bloggs"), QDate(2013, 5, 1)).isEmpty());
    EXPECT_TRUE(ids({}, QStringLiteral("Jo"), QStringLiteral("Smith"), QDate(2011, 5, 1)).isEmpty());
    // Both ways at once: one row each, the current school with it.
    auto both =
        pupils.likelyDuplicates(sam.upn, QStringLiteral("Josephine"), QStringLiteral("Bloggs"), QDate(2011, 5, 1));
    ASSERT_TRUE(both.ok());
    ASSERT_EQ(both->size(), 2);
    EXPECT_EQ(both->at(0).id, joId); // by surname
    EXPECT_EQ(both->at(0).currentSchool, QStringLiteral("Northfield"));
    EXPECT_EQ(both->at(1).id, samId);
}

TEST_F(PupilRepositoryTest, LikelyDuplicatesUseIndexesNotATableScan)
{
    const SqlStatement st = PupilRepository::likelyDuplicatesStatement(makeUpn(938, 4001, 11, 1), QStringLiteral("Jo"),
                                                                       QStringLiteral("Bloggs"), QDate(2011, 5, 1));
    QSqlQuery q(sql());
    ASSERT_TRUE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + st.sql));
    for (int i = 0; i < st.values.size(); ++i) {
        q.bindValue(i, st.values.at(i));
    }
    ASSERT_TRUE(q.exec());
    QStringList plan;
    while (q.next()) {
        plan << q.value(3).toString();
    }
    const QString text = plan.join(QLatin1Char('\n'));
    EXPECT_TRUE(text.contains(QStringLiteral("sqlite_autoindex_pupils_1 (upn=?)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("pupils_date_of_birth_idx"))) << text.toStdString();
    for (const QString& step : plan) {
        EXPECT_FALSE(step.startsWith(QStringLiteral("SCAN p")) || step.startsWith(QStringLiteral("SCAN pupils")))
            << text.toStdString();
    }
}

TEST_F(PupilRepositoryTest, EthnicityChoicesComeFromTheReferenceTable)
{
    auto choices = PupilRepository(db()).ethnicityChoices();
    ASSERT_TRUE(choices.ok());
    ASSERT_FALSE(choices->empty());
    EXPECT_EQ(choices->front().first, QStringLiteral("White - British (WBRI)"));
    EXPECT_EQ(choices->front().second, QStringLiteral("WBRI"));
}

} // namespace
} // namespace casebook::test
