#include "demo/DemoReasons.h"

#include "demo/DemoRandom.h"

namespace casebook::demo {

namespace {

// Relative weights per code: suspensions in secondary/special, in primary, and permanent exclusions.
struct CodeWeights
{
    const char* code;
    double secondary;
    double primary;
    double exclusion;
};

constexpr CodeWeights kWeights[] = {
    {"DB", 56, 40, 30},    {"PD", 52, 38, 28},    {"OT", 10, 10, 8}, {"VA", 13, 10, 10},  {"PP", 10, 14, 14},
    {"VP", 7, 6, 5},       {"PA", 4, 20, 12},     {"DM", 3, 4, 2},   {"OW", 3, 1, 9},     {"DA", 3, 0.3, 9},
    {"MT", 2, 0.5, 1},     {"BU", 2, 1.5, 1},     {"RA", 1.5, 1, 1}, {"SM", 1.5, 0.5, 3}, {"TH", 1, 0.5, 1},
    {"LG", 0.8, 0.2, 0.5}, {"DS", 0.4, 0.2, 0.2},
};

enum Table
{
    kSecondaryTable = 0,
    kPrimaryTable = 1,
    kExclusionTable = 2,
};

double weightOf(const QString& code, QDate date, int table)
{
    if (code == QLatin1String("PH")) { // public-health measures: only while they were in force
        return date >= QDate(2020, 9, 1) && date <= QDate(2022, 3, 31) ? 1.0 : 0.0;
    }
    for (const CodeWeights& w : kWeights) {
        if (code == QLatin1String(w.code)) {
            return table == kSecondaryTable ? w.secondary : table == kPrimaryTable ? w.primary : w.exclusion;
        }
    }
    return 0.2; // a code the data officer added: rare
}

} // namespace

DemoReasons::DemoReasons(const std::vector<ReasonCode>& codes) : m_codes(codes)
{}

const std::vector<double>& DemoReasons::weightsFor(QDate date, int table)
{
    quint32 mask = 0;
    for (std::size_t i = 0; i < m_codes.size() && i < 32; ++i) {
        if (m_codes[i].validOn(date)) {
            mask |= 1u << i;
        }
    }
    const bool publicHealth = date >= QDate(2020, 9, 1) && date <= QDate(2022, 3, 31);
    const auto key = std::make_pair(mask, table * 2 + (publicHealth ? 1 : 0));
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        std::vector<double> weights;
        for (std::size_t i = 0; i < m_codes.size(); ++i) {
            weights.push_back((mask & (1u << i)) != 0 ? weightOf(m_codes[i].code, date, table) : 0.0);
        }
        it = m_cache.emplace(key, weights).first;
    }
    return it->second;
}

std::array<QString, 3> DemoReasons::pickCodes(DemoRandom& random, QDate date, int table)
{
    std::array<QString, 3> out;
    std::vector<double> weights = weightsFor(date, table);
    const double u = random.uniform();
    const int count = u < 0.82 ? 1 : u < 0.97 ? 2 : 3;
    for (int i = 0; i < count; ++i) {
        const std::vector<double> cumulative = cumulativeWeights(weights);
        if (cumulative.empty() || cumulative.back() <= 0) {
            break;
        }
        const std::size_t chosen = random.pickCumulative(cumulative);
        out[static_cast<std::size_t>(i)] = m_codes[chosen].code;
        weights[chosen] = 0;
    }
    return out;
}

std::array<QString, 3> DemoReasons::forSuspension(DemoRandom& random, QDate date, Phase phase)
{
    return pickCodes(random, date, phase == Phase::Primary ? kPrimaryTable : kSecondaryTable);
}

std::array<QString, 3> DemoReasons::forExclusion(DemoRandom& random, QDate date, Phase phase)
{
    Q_UNUSED(phase);
    return pickCodes(random, date, kExclusionTable);
}

QString DemoReasons::detail(DemoRandom& random, const QString& code)
{
    static const std::map<QString, std::vector<const char*>> kDetails = {
        {QStringLiteral("DB"),
         {"Persistent refusal to follow staff instructions in lessons despite warnings.",
          "Repeated disruption of lessons; removed from class three times this week.",
          "Continued defiance and disruption after time in the inclusion room.",
          "Refused to attend detention and disrupted the behaviour support room."}},
        {QStringLiteral("PD"),
         {"Persistent disruption of lessons despite warnings.", "Repeated refusal to follow instructions."}},
        {QStringLiteral("OT"),
         {"Serious breach of the school behaviour policy.", "Left the school site without permission."}},
        {QStringLiteral("VA"),
         {"Swore at a member of staff when challenged about uniform.",
          "Threatened a teacher after being asked to leave the classroom.",
          "Verbal abuse towards a lunchtime supervisor."}},
        {QStringLiteral("VP"),
         {"Threatening behaviour towards another pupil at break time.", "Verbal abuse of a pupil on the school bus."}},
        {QStringLiteral("PP"),
         {"Punched another pupil during break.", "Fight with another pupil in the corridor.",
          "Kicked a pupil in the playground."}},
        {QStringLiteral("PA"),
         {"Kicked a teaching assistant during an incident in class.",
          "Pushed a member of staff while leaving the room.", "Hit a member of staff who intervened in a fight."}},
        {QStringLiteral("OW"),
         {"Brought a knife onto the school site.", "Found in possession of a lighter and a blade."}},
        {QStringLiteral("DA"),
         {"Found in possession of cannabis.", "Under the influence of alcohol at school.",
          "Supplying vapes to other pupils."}},
        {QStringLiteral("DM"), {"Deliberate damage to a classroom door.", "Vandalism of toilets."}},
        {QStringLiteral("TH"), {"Theft of a mobile phone from another pupil.", "Theft from the school canteen."}},
        {QStringLiteral("BU"), {"Sustained bullying of a younger pupil.", "Repeated intimidation of another pupil."}},
        {QStringLiteral("RA"), {"Racist abuse of another pupil.", "Racist language towards a member of staff."}},
        {QStringLiteral("LG"), {"Homophobic abuse of another pupil."}},
        {QStringLiteral("DS"), {"Abuse of a pupil relating to their disability."}},
        {QStringLiteral("SM"), {"Inappropriate sexual behaviour towards another pupil.", "Sharing an explicit image."}},
        {QStringLiteral("MT"),
         {"Posted abusive messages about another pupil on social media.",
          "Filmed a member of staff and shared the video online."}},
        {QStringLiteral("PH"), {"Repeatedly and deliberately coughed at others during COVID-19 measures."}},
    };
    const auto it = kDetails.find(code);
    if (it == kDetails.end()) {
        return QStringLiteral("Serious breach of the school behaviour policy.");
    }
    const auto& options = it->second;
    return QString::fromLatin1(
        options[static_cast<std::size_t>(random.uniformInt(0, static_cast<int>(options.size()) - 1))]);
}

} // namespace casebook::demo
