#include "Builders.h"
#include "PeopleBuilders.h"
#include "TempDatabase.h"

#include "repositories/ContactRepository.h"
#include "repositories/OptimisticLock.h"
#include "repositories/PupilRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class ContactRepositoryTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        PupilRepository pupils(db());
        m_pupil = pupils.insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1))).value();
        m_other = pupils.insert(makePupil(QStringLiteral("Sam"), QStringLiteral("Smith"), QDate(2012, 2, 2))).value();
    }

    QStringList primaries()
    {
        QStringList names;
        const std::vector<Contact> contacts = ContactRepository(db()).forPupil(m_pupil).value();
        for (const Contact& c : contacts) {
            if (c.isPrimary) {
                names << c.name;
            }
        }
        return names;
    }

    qint64 m_pupil = 0;
    qint64 m_other = 0;
};

TEST_F(ContactRepositoryTest, EveryFieldIsSavedAndLoaded)
{
    Contact c = makeContact(m_pupil, QStringLiteral("Ann Bloggs"), true);
    c.relationship = QStringLiteral("Mother");
    c.hasParentalResponsibility = true;
    c.phone = QStringLiteral("07700 900123");
    c.email = QStringLiteral("ann@example.org");
    c.address = QStringLiteral("1 High Street\nNorthtown");
    ContactRepository contacts(db());
    auto id = contacts.insert(c);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto loaded = contacts.load(id.value());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->relationship, QStringLiteral("Mother"));
    EXPECT_TRUE(loaded->hasParentalResponsibility);
    EXPECT_EQ(loaded->phone, QStringLiteral("07700 900123"));
    EXPECT_EQ(loaded->email, QStringLiteral("ann@example.org"));
    EXPECT_EQ(loaded->address, QStringLiteral("1 High Street\nNorthtown"));
    EXPECT_TRUE(loaded->isPrimary);
    EXPECT_EQ(loaded->rowVersion, 1);
}

TEST_F(ContactRepositoryTest, ANewPrimaryContactTakesTheFlagFromTheOthers)
{
    ContactRepository contacts(db());
    ASSERT_TRUE(contacts.insert(makeContact(m_pupil, QStringLiteral("Ann Bloggs"), true)).ok());
    ASSERT_TRUE(contacts.insert(makeContact(m_other, QStringLiteral("Kim Smith"), true)).ok());
    const qint64 dad = contacts.insert(makeContact(m_pupil, QStringLiteral("Ben Bloggs"))).value();
    EXPECT_EQ(primaries(), QStringList{QStringLiteral("Ann Bloggs")});

    ASSERT_TRUE(contacts.insert(makeContact(m_pupil, QStringLiteral("Gran Bloggs"), true)).ok());
    EXPECT_EQ(primaries(), QStringList{QStringLiteral("Gran Bloggs")});

    Contact ben = contacts.load(dad).value();
    ben.isPrimary = true;
    ASSERT_TRUE(contacts.update(ben).ok());
    EXPECT_EQ(primaries(), QStringList{QStringLiteral("Ben Bloggs")});
    EXPECT_EQ(contacts.forPupil(m_pupil)->front().name, QStringLiteral("Ben Bloggs")); // the primary first
    EXPECT_TRUE(contacts.forPupil(m_other)->front().isPrimary); // another pupil's contacts are untouched
}

TEST_F(ContactRepositoryTest, AStaleUpdateChangesNothing)
{
    ContactRepository contacts(db());
    ASSERT_TRUE(contacts.insert(makeContact(m_pupil, QStringLiteral("Ann Bloggs"), true)).ok());
    const qint64 id = contacts.insert(makeContact(m_pupil, QStringLiteral("Ben Bloggs"))).value();
    Contact ben = contacts.load(id).value();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE contacts SET row_version = 5 WHERE id = %1").arg(id)));
    ben.isPrimary = true;
    const Status stale = contacts.update(ben);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().message, staleRecordMessage());
    EXPECT_EQ(primaries(), QStringList{QStringLiteral("Ann Bloggs")});
}

} // namespace
} // namespace casebook::test
