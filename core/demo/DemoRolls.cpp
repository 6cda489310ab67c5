#include "demo/DemoRolls.h"

#include "demo/DemoContext.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"

#include <algorithm>
#include <map>

namespace casebook::demo {

void takeCensus(DemoContext& c)
{
    const DemoCalendar& calendar = c.data.calendar;
    for (int yi = 0; yi < calendar.yearCount(); ++yi) {
        const DemoCalendar::Year& year = calendar.year(yi);
        const QDate census = std::min(year.published.censusDay, c.today());
        std::map<std::pair<qint64, int>, int> counts; // (school, NC year) → pupils
        for (const EnrolmentRow& e : c.data.enrolments) {
            if (e.start <= census && (!e.end.isValid() || e.end >= census)) {
                ++counts[{e.school, c.ncYear(DemoContext::index(e.pupil), census)}];
            }
        }
        std::vector<int> totals(c.data.schools.size(), 0);
        for (const auto& [key, n] : counts) {
            totals[static_cast<std::size_t>(DemoContext::index(key.first))] += n;
        }
        for (std::size_t s = 0; s < totals.size(); ++s) {
            c.data.rolls.push_back(
                {DemoContext::id(static_cast<int>(s)), year.published.year, kWholeSchool, totals[s]});
        }
        for (const auto& [key, n] : counts) {
            c.data.rolls.push_back({key.first, year.published.year, std::clamp(key.second, -2, 14), n});
        }
    }
}

void addUsers(DemoContext& c)
{
    const QStringList& staff = DemoNames::instance().staff;
    const char* roles[] = {"officer", "officer",      "officer", "officer",
                           "officer", "panel_member", "manager", "data_officer"};
    for (int i = 0; i < 8; ++i) {
        const QString name = staff.at(i);
        const QStringList parts = name.split(QLatin1Char(' '));
        UserRow u;
        u.username = QStringLiteral("demo.") + parts.first().left(1).toLower() + parts.last().toLower();
        u.displayName = name + QStringLiteral(" (demo)");
        u.role = QString::fromLatin1(roles[i]);
        c.data.users.push_back(u);
    }
}

void addContacts(DemoContext& c, DemoRandom& r)
{
    const DemoNames& names = DemoNames::instance();
    for (std::size_t p = 0; p < c.state.size(); ++p) {
        const PupilState& st = c.state[p];
        if (!st.hasCase) {
            continue;
        }
        const PupilRow& pupil = c.data.pupils[p];
        const bool lookedAfter = st.lookedAfterFrom.isValid() && !st.lookedAfterTo.isValid();
        const int count = lookedAfter ? 1 : r.chance(0.6) ? 1 : 2;
        const QString street =
            names.placeName(r) + (r.chance(0.5) ? QStringLiteral(" Road") : QStringLiteral(" Close"));
        const QString address = QStringLiteral("%1 %2, %3, NS%4 %5%6%7")
                                    .arg(r.uniformInt(1, 180))
                                    .arg(street, names.placeName(r))
                                    .arg(r.uniformInt(1, 29))
                                    .arg(r.uniformInt(1, 9))
                                    .arg(QChar(QLatin1Char(static_cast<char>('A' + r.uniformInt(0, 25)))))
                                    .arg(QChar(QLatin1Char(static_cast<char>('A' + r.uniformInt(0, 25)))));
        for (int i = 0; i < count; ++i) {
            ContactRow row;
            row.pupil = DemoContext::id(static_cast<int>(p));
            const bool mother = i == 0 ? r.chance(0.75) : false;
            if (lookedAfter) {
                row.relationship = QStringLiteral("Foster carer");
                row.parentalResponsibility = false;
            } else if (mother) {
                row.relationship = QStringLiteral("Mother");
            } else {
                const double u = r.uniform();
                row.relationship = u < 0.7   ? QStringLiteral("Father")
                                   : u < 0.9 ? QStringLiteral("Grandparent")
                                             : QStringLiteral("Stepparent");
                row.parentalResponsibility = u < 0.75;
            }
            const QStringList& forenames =
                mother || row.relationship == QLatin1String("Foster carer") ? names.girls : names.boys;
            const QString forename = forenames.at(r.uniformInt(0, static_cast<int>(forenames.size()) - 1));
            const QString surname =
                r.chance(0.8) ? pupil.surname
                              : names.surnames.at(r.uniformInt(0, static_cast<int>(names.surnames.size()) - 1));
            row.name = forename + QLatin1Char(' ') + surname;
            row.phone = QStringLiteral("07700 900%1").arg(r.uniformInt(0, 999), 3, 10, QLatin1Char('0'));
            if (r.chance(0.7)) {
                row.email = forename.toLower() + QLatin1Char('.') + surname.toLower().remove(QLatin1Char('\'')) +
                            QStringLiteral("@example.org");
            }
            row.address = address;
            row.primary = i == 0;
            c.data.contacts.push_back(row);
        }
    }
}

} // namespace casebook::demo
