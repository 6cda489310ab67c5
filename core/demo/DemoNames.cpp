#include "demo/DemoNames.h"

#include "demo/DemoRandom.h"

namespace casebook::demo {

namespace {

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

DemoNames build()
{
    DemoNames n;
    n.boys = words("Oliver George Noah Arthur Leo Muhammad Harry Oscar Archie Henry Theodore Freddie Jack Charlie "
                   "Theo Alfie Jacob Thomas Finley Arlo William Lucas Roman Tommy Isaac Teddy Alexander Luca "
                   "Edward James Joshua Albie Elijah Max Mohammed Reuben Mason Sebastian Rory Jude Louie Benjamin "
                   "Ethan Adam Hugo Joseph Reggie Ronnie Louis Frankie Dylan Ezra Harrison Samuel Toby Daniel "
                   "Jaxon Michael Caleb Riley Ryan Kai Logan Ollie Finn Liam Nathan Kyle Jayden Connor Callum "
                   "Tyler Bradley Kieran Declan Aaron Kacper Jakub Aarav Arjun Ibrahim Yusuf Omar Ayaan Zain "
                   "Kwame Tobi Emeka Kofi Marcus Jamal Andre Tomasz Filip Dawid Oskar Mateo Rafael Ciaran Owen");
    n.girls = words("Olivia Amelia Isla Ava Ivy Freya Lily Florence Mia Willow Rosie Sophia Isabella Grace Daisy "
                    "Sienna Poppy Elsie Emily Ella Evelyn Phoebe Sofia Evie Charlotte Harper Millie Matilda Maya "
                    "Sophie Alice Emilia Isabelle Ruby Luna Maisie Aria Penelope Mila Bonnie Eva Hallie Eliza "
                    "Ada Violet Esme Arabella Imogen Jessica Delilah Chloe Layla Megan Holly Lacey Paige Jade "
                    "Courtney Shannon Kayla Leah Amber Hannah Lauren Caitlin Niamh Erin Aisha Fatima Zara Maryam "
                    "Hafsa Amira Anaya Priya Aaliyah Chantelle Precious Blessing Zuzanna Julia Lena Hanna Maja "
                    "Alicja Roxana Bianca Nadia Keira Tia Summer Skye Nevaeh Gracie Molly Abigail Jasmine Lola");
    n.surnames = words(
        "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright "
        "Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill "
        "Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker "
        "Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy "
        "Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman "
        "Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight "
        "Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher "
        "Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West "
        "Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan "
        "Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe "
        "Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton "
        "Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop "
        "Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald "
        "Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill "
        "Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rahman "
        "Nowak Kowalski Wisniewski Okafor Adeyemi Mensah Osei Nguyen Chen Wong Iqbal Akhtar Mahmood Rashid");
    n.placeFirst = words("Ash Thorn Kings Brom Hather Ember Wick Elder Marl Stan Cole Brack Wold Heron Oak Fen "
                         "Alder Bram Craw Dun Ells Fern Gos Hal Kirk Lang Mor Nether Pen Red Rush Sel Shep "
                         "Stoke Swin Thurl Up Wal Wes Whit Wil Wyn Bar Bel Birch Black Brad Broad Chal Chil "
                         "Clay Combe Dal Deep Haw Holm Ken Lark Lin Long Mill New North Rook Sand Saxon Shel "
                         "South Stow Sun Tad Ted Wood Yar");
    n.placeSecond = words("by ton field ley worth ham wood bridge ford stead well combe thorpe dale mere cote "
                          "hurst minster bury borough wick den stow holme cliffe brook");
    n.saints = words("Mary's Peter's Joseph's John's Anne's Michael's Andrew's Bede's Cuthbert's Hilda's "
                     "Patrick's Thomas's Margaret's Aidan's Chad's Wilfrid's Edmund's Augustine's");
    n.localities = words("North Central South East West Coastal Vale Riverside Moorland Forest Fenland Downs");
    n.trustWords = words("Learning Horizon Endeavour Northshire Compass Beacon Riverside Unity Aspire Pathways "
                         "Evergreen Kingfisher Summit Lighthouse Harmony Oakwood");
    n.staff = words("Sarah_Whitfield Daniel_Okoro Helen_Marsh Priya_Nair Mark_Ellison Joanne_Bright "
                    "Tom_Hargreaves Aisha_Rahman Claire_Dunmore Gareth_Pryce Nicola_Stanton Ben_Achterberg");
    for (QString& s : n.staff) {
        s.replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    n.languages = words("POL URD PAN BEN ARA RUM POR SOM TUR LIT GUJ TAM FRE SPA CHI KUR PAS");
    return n;
}

} // namespace

const DemoNames& DemoNames::instance()
{
    static const DemoNames names = build();
    return names;
}

QString DemoNames::placeName(DemoRandom& random) const
{
    QString first = placeFirst.at(random.uniformInt(0, static_cast<int>(placeFirst.size()) - 1));
    const QString second = placeSecond.at(random.uniformInt(0, static_cast<int>(placeSecond.size()) - 1));
    if (first.endsWith(second.at(0))) {
        first.chop(1);
    }
    return first + second;
}

QString DemoNames::personName(DemoRandom& random) const
{
    const QStringList& forenames = random.chance(0.5) ? boys : girls;
    return forenames.at(random.uniformInt(0, static_cast<int>(forenames.size()) - 1)) + QLatin1Char(' ') +
           surnames.at(random.uniformInt(0, static_cast<int>(surnames.size()) - 1));
}

QString pickText(DemoRandom& random, std::initializer_list<const char*> options)
{
    return QString::fromLatin1(*(options.begin() + random.uniformInt(0, static_cast<int>(options.size()) - 1)));
}

int neighbouringLaCode(DemoRandom& random)
{
    return random.uniformInt(991, 995); // not real LA codes (those run 201 to 943)
}

} // namespace casebook::demo
