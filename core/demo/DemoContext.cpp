#include "demo/DemoContext.h"

#include "calendar/NationalCurriculumYear.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "rules/Upn.h"

#include <algorithm>

namespace casebook::demo {

bool PupilState::lookedAfterAt(QDate d) const
{
    return lookedAfterFrom.isValid() && d >= lookedAfterFrom && (!lookedAfterTo.isValid() || d <= lookedAfterTo);
}

bool PupilState::socialWorkerAt(QDate d) const
{
    return lookedAfterAt(d) ||
           (socialCareFrom.isValid() && d >= socialCareFrom && (!socialCareTo.isValid() || d <= socialCareTo));
}

DemoContext::DemoContext(const DemoConfig& c, const DemoReference& r, DemoData& d)
    : config(c), reference(r), data(d), schoolsByPhase(4)
{}

int DemoContext::ncYear(int pupil, QDate on) const
{
    return nationalCurriculumYear(data.pupils[static_cast<std::size_t>(pupil)].dateOfBirth, on).value_or(0);
}

int DemoContext::currentSchool(int pupil) const
{
    const int e = state[static_cast<std::size_t>(pupil)].enrolment;
    return e < 0 ? -1 : index(data.enrolments[static_cast<std::size_t>(e)].school);
}

int DemoContext::enrol(int pupil, int school, QDate start)
{
    EnrolmentRow row;
    row.pupil = id(pupil);
    row.school = id(school);
    row.start = start;
    data.enrolments.push_back(row);
    const int e = static_cast<int>(data.enrolments.size()) - 1;
    state[static_cast<std::size_t>(pupil)].enrolment = e;
    return e;
}

void DemoContext::leave(int pupil, QDate end, const QString& reason, int destinationSchool, const QString& note)
{
    PupilState& s = state[static_cast<std::size_t>(pupil)];
    if (s.enrolment < 0) {
        return;
    }
    EnrolmentRow& row = data.enrolments[static_cast<std::size_t>(s.enrolment)];
    Q_ASSERT(end >= row.start);
    row.end = std::max(end, row.start);
    row.leavingReason = reason;
    row.destination = destinationSchool >= 0 && id(destinationSchool) != row.school ? id(destinationSchool) : 0;
    row.destinationNote = note;
    s.enrolment = -1;
}

int DemoContext::chooseSchool(DemoRandom& random, Phase phase, const QString& locality, int except) const
{
    const auto& candidates = schoolsByPhase[static_cast<std::size_t>(phase)];
    std::vector<double> weights;
    weights.reserve(candidates.size());
    for (int s : candidates) {
        const SchoolRow& row = school(s);
        double w = s == except ? 0.0 : row.yearGroupSize;
        if (!locality.isEmpty() && row.locality == locality) {
            w *= 6;
        }
        weights.push_back(w);
    }
    const std::vector<double> cumulative = cumulativeWeights(weights);
    if (cumulative.empty() || cumulative.back() <= 0) {
        return -1;
    }
    return candidates[random.pickCumulative(cumulative)];
}

void DemoContext::addNote(DemoRandom& random, int pupil, QDate on, const char* category, const QString& body)
{
    if (!on.isValid() || on > today()) {
        return;
    }
    CaseNoteRow row;
    row.pupil = id(pupil);
    row.notedOn = on;
    row.category = QString::fromLatin1(category);
    row.body = body;
    row.author = random.uniformInt(0, 4); // the five officers come first in the users list
    data.caseNotes.push_back(row);
    state[static_cast<std::size_t>(pupil)].hasCase = true;
}

QString DemoContext::officer(DemoRandom& random) const
{
    const QStringList& staff = DemoNames::instance().staff;
    return staff.at(random.uniformInt(0, 4));
}

QString DemoContext::issueUpn(int laCode, int establishment, int yearOfIssue, bool temporary)
{
    const int yy = ((yearOfIssue % 100) + 100) % 100;
    for (;;) {
        const qint64 key = ((static_cast<qint64>(laCode) * 10000 + establishment) * 100 + yy) * 2 + (temporary ? 1 : 0);
        int& serial = m_upnSerials[key];
        const int n = serial++;
        QString body;
        if (temporary) {
            if (n >= 100 * 23) { // this prefix is used up: issue from the next establishment number
                establishment = establishment % 9999 + 1;
                continue;
            }
            static const QLatin1String kLetters("ABCDEFGHJKLMNPQRTUVWXYZ");
            body = QStringLiteral("%1%2%3%4")
                       .arg(laCode, 3, 10, QLatin1Char('0'))
                       .arg(establishment, 4, 10, QLatin1Char('0'))
                       .arg(yy, 2, 10, QLatin1Char('0'))
                       .arg(n / 23, 2, 10, QLatin1Char('0')) +
                   QChar(kLetters.at(n % 23));
        } else {
            if (n >= 1000) {
                establishment = establishment % 9999 + 1;
                continue;
            }
            body = QStringLiteral("%1%2%3%4")
                       .arg(laCode, 3, 10, QLatin1Char('0'))
                       .arg(establishment, 4, 10, QLatin1Char('0'))
                       .arg(yy, 2, 10, QLatin1Char('0'))
                       .arg(n, 3, 10, QLatin1Char('0'));
        }
        return *upnCheckLetter(body) + body;
    }
}

} // namespace casebook::demo
