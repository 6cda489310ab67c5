#include "demo/DemoPupils.h"

#include "demo/DemoContext.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"

#include <algorithm>

namespace casebook::demo {

namespace {

// Census ethnicity: share of pupils, relative suspension rate (published patterns: Gypsy/Roma and Irish
// Traveller pupils and Black Caribbean and mixed White and Black Caribbean pupils are suspended far more
// often; Indian and Chinese pupils far less), and the chance of English as an additional language.
struct EthnicityProfile
{
    const char* code;
    double share;
    double risk;
    double eal;
};

constexpr EthnicityProfile kEthnicity[] = {
    {"WBRI", 64.0, 1.05, 0.01}, {"WIRI", 0.4, 1.0, 0.05}, {"WIRT", 0.15, 3.0, 0.1}, {"WROM", 0.6, 2.8, 0.8},
    {"WOTH", 6.5, 0.8, 0.75},   {"MWBC", 1.6, 2.0, 0.03}, {"MWBA", 0.9, 1.2, 0.15}, {"MWAS", 1.8, 0.9, 0.1},
    {"MOTH", 2.2, 1.2, 0.2},    {"AIND", 3.2, 0.25, 0.6}, {"APKN", 4.2, 0.6, 0.65}, {"ABAN", 1.6, 0.5, 0.7},
    {"AOTH", 2.0, 0.4, 0.7},    {"BCRB", 1.1, 1.9, 0.05}, {"BAFR", 4.0, 0.7, 0.6},  {"BOTH", 0.7, 1.3, 0.3},
    {"CHNE", 0.5, 0.2, 0.8},    {"OOTH", 2.0, 0.8, 0.7},  {"REFU", 0.9, 1.0, 0.2},  {"NOBT", 1.2, 1.0, 0.2},
};

DemoEthnicity ethnicityTable(const QStringList& codes)
{
    DemoEthnicity t;
    std::vector<double> weights;
    for (const QString& code : codes) {
        const auto* profile = std::find_if(std::begin(kEthnicity), std::end(kEthnicity),
                                           [&](const EthnicityProfile& p) { return code == QLatin1String(p.code); });
        const bool known = profile != std::end(kEthnicity);
        t.codes.push_back(code);
        weights.push_back(known ? profile->share : 0.3); // a code added later by the data officer
        t.risk.push_back(known ? profile->risk : 1.0);
        t.eal.push_back(known ? profile->eal : 0.3);
    }
    t.cumulative = cumulativeWeights(weights);
    return t;
}

// Suspension propensity classes: most pupils are never suspended; a few are suspended again and again.
constexpr double kFrailtyShare[] = {0.92, 0.055, 0.02, 0.005};
constexpr double kFrailtyValue[] = {0.08, 2.0, 10.0, 40.0};

QDate dateBetween(DemoRandom& r, QDate after, QDate until)
{
    if (!after.isValid() || !until.isValid() || until <= after) {
        return {};
    }
    return after.addDays(r.uniformInt(1, static_cast<int>(after.daysTo(until))));
}

void addTrait(DemoContext& c, int pupil, Trait kind, QChar value, QDate from, QDate to)
{
    c.data.characteristics.push_back({DemoContext::id(pupil), kind, value, from, to});
}

void makeTraits(DemoContext& c, DemoRandom& r, int pupil, const NewPupil& p, bool male, double eal)
{
    PupilState& s = c.state[static_cast<std::size_t>(pupil)];
    PupilRow& row = c.data.pupils[static_cast<std::size_t>(pupil)];
    const QDate from = std::max(p.entry, c.windowStart());
    const QDate today = c.today();

    double k = 0;
    double e = 0;
    switch (p.phase) {
    case Phase::Special:
        e = 1;
        break;
    case Phase::Pru:
        k = 0.45;
        e = 0.15;
        break;
    default:
        k = p.ncYear <= 0 ? 0.06 : p.ncYear <= 2 ? 0.10 : p.ncYear <= 6 ? 0.15 : p.ncYear <= 11 ? 0.14 : 0.10;
        k *= male ? 1.3 : 0.7;
        e = 0.022 * (male ? 1.4 : 0.6);
        break;
    }
    const double u = r.uniform();
    s.senFirst = QLatin1Char(u < e ? 'E' : u < e + k ? 'K' : 'N');
    s.senLater = s.senFirst;
    const bool young = p.ncYear <= 2 && p.phase == Phase::Primary;
    if (s.senFirst == QLatin1Char('N') && r.chance(young ? 0.11 : 0.05)) {
        s.senLater = QLatin1Char('K'); // needs identified as they grow up
    } else if (s.senFirst == QLatin1Char('K')) {
        const double v = r.uniform();
        s.senLater = QLatin1Char(v < 0.05 ? 'E' : v < 0.12 ? 'N' : 'K');
    }
    if (s.senLater != s.senFirst) {
        // Young children's needs are identified over their first years at school; a change after today has
        // not happened yet.
        s.senChange = young ? p.entry.addDays(r.uniformInt(120, 1800)) : dateBetween(r, from, today);
        if (!s.senChange.isValid() || s.senChange > today || s.senChange <= p.entry) {
            s.senChange = QDate();
            s.senLater = s.senFirst;
        }
    }
    addTrait(c, pupil, Trait::Sen, s.senFirst, p.entry, s.senChange.isValid() ? s.senChange.addDays(-1) : QDate());
    if (s.senChange.isValid()) {
        addTrait(c, pupil, Trait::Sen, s.senLater, s.senChange, {});
    }

    double fsm = p.phase == Phase::Pru ? 0.55 : p.phase == Phase::Special ? 0.40 : 0.2;
    if (s.senFirst != QLatin1Char('N')) {
        fsm *= 1.6;
    }
    s.fsmFirst = r.chance(fsm);
    if (r.chance(0.12)) {
        s.fsmChange = dateBetween(r, from, today);
    }
    const auto flag = [](bool b) { return QLatin1Char(b ? '1' : '0'); };
    addTrait(c, pupil, Trait::Fsm, flag(s.fsmFirst), p.entry,
             s.fsmChange.isValid() ? s.fsmChange.addDays(-1) : QDate());
    if (s.fsmChange.isValid()) {
        addTrait(c, pupil, Trait::Fsm, flag(!s.fsmFirst), s.fsmChange, {});
    }

    if (r.chance(0.005)) { // looked after since before joining
        s.lookedAfterFrom = std::max(row.dateOfBirth.addDays(60), p.entry.addDays(-r.uniformInt(0, 1500)));
    } else if (r.chance(0.003)) {
        s.lookedAfterFrom = dateBetween(r, from, today);
    }
    if (s.lookedAfterFrom.isValid()) {
        if (r.chance(0.25)) {
            s.lookedAfterTo = dateBetween(r, std::max(s.lookedAfterFrom, from), today);
        }
        addTrait(c, pupil, Trait::LookedAfter, QLatin1Char('1'), s.lookedAfterFrom, s.lookedAfterTo);
    }
    if (r.chance(0.03)) {
        s.socialCareFrom = dateBetween(r, from.addDays(-365), today);
        if (s.socialCareFrom.isValid()) {
            const QDate end = s.socialCareFrom.addDays(r.uniformInt(180, 720));
            s.socialCareTo = end <= today ? end : QDate();
            addTrait(c, pupil, r.chance(0.15) ? Trait::ChildProtection : Trait::ChildInNeed, QLatin1Char('1'),
                     s.socialCareFrom, s.socialCareTo);
        }
    }
    if (r.chance(eal)) {
        addTrait(c, pupil, Trait::Eal, QLatin1Char('1'), p.entry, {});
        const QStringList& languages = DemoNames::instance().languages;
        row.firstLanguage = languages.at(r.uniformInt(0, static_cast<int>(languages.size()) - 1));
    } else {
        row.firstLanguage = QStringLiteral("ENG");
    }

    if (s.lookedAfterFrom.isValid() || s.socialCareFrom.isValid()) {
        row.hasSocialWorker = s.socialWorkerAt(today);
        row.socialWorkerName = DemoNames::instance().personName(r);
        row.socialWorkerContact = QStringLiteral("Northshire Children's Services, 01632 960%1")
                                      .arg(r.uniformInt(0, 999), 3, 10, QLatin1Char('0'));
    }
    if (s.lookedAfterFrom.isValid()) {
        row.virtualSchoolContact =
            QStringLiteral("Northshire Virtual School, 01632 960%1").arg(r.uniformInt(0, 999), 3, 10, QLatin1Char('0'));
    }
}

} // namespace

void prepareEthnicity(DemoContext& context)
{
    context.ethnicity = ethnicityTable(context.reference.ethnicityCodes);
}

int createPupil(DemoContext& c, DemoRandom& r, const NewPupil& p)
{
    const DemoEthnicity& ethnicity = c.ethnicity;
    const DemoNames& names = DemoNames::instance();

    PupilRow row;
    const bool male = r.chance(0.51);
    row.sex = QLatin1Char(male ? 'M' : 'F');
    const int birthYear = AcademicYear::containing(p.on).startYear() - 5 - p.ncYear;
    const QDate cohortStart(birthYear, 9, 1);
    row.dateOfBirth =
        cohortStart.addDays(r.uniformInt(0, static_cast<int>(cohortStart.daysTo(QDate(birthYear + 1, 8, 31)))));
    const QStringList& forenames = male ? names.boys : names.girls;
    row.forename = forenames.at(r.uniformInt(0, static_cast<int>(forenames.size()) - 1));
    row.surname = names.surnames.at(r.uniformInt(0, static_cast<int>(names.surnames.size()) - 1));
    if (r.chance(0.04)) {
        row.preferredForename = forenames.at(r.uniformInt(0, static_cast<int>(forenames.size()) - 1));
    }
    std::size_t ethnicityIndex = 0;
    if (!ethnicity.codes.empty()) {
        ethnicityIndex = r.pickCumulative(ethnicity.cumulative);
        row.ethnicity = ethnicity.codes[ethnicityIndex];
    }
    row.upnTemporary = p.temporaryUpn;
    row.upn = c.issueUpn(p.issuingLa, p.issuingEstablishment, p.issueYear, p.temporaryUpn);

    c.data.pupils.push_back(row);
    c.state.emplace_back();
    const int pupil = static_cast<int>(c.data.pupils.size()) - 1;
    PupilState& s = c.state.back();
    const double v = r.uniform();
    double acc = 0;
    for (std::size_t i = 0; i < std::size(kFrailtyShare); ++i) {
        acc += kFrailtyShare[i];
        if (v < acc || i + 1 == std::size(kFrailtyShare)) {
            s.frailty = kFrailtyValue[i];
            break;
        }
    }
    s.ethnicityFactor = ethnicity.codes.empty() ? 1.0 : ethnicity.risk[ethnicityIndex];
    makeTraits(c, r, pupil, p, male, ethnicity.codes.empty() ? 0.1 : ethnicity.eal[ethnicityIndex]);
    return pupil;
}

} // namespace casebook::demo
