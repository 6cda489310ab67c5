#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace casebook::demo {

class DemoRandom;

// Fictional names for pupils, parents, staff, places and organisations. Lists are built once and shared
// (QString is implicitly shared, so a million pupils cost a million pointers, not a million strings).
struct DemoNames
{
    QStringList boys;
    QStringList girls;
    QStringList surnames;
    QStringList placeFirst;  // "Ash", "Thorn", ...
    QStringList placeSecond; // "by", "ton", ...
    QStringList saints;
    QStringList localities;
    QStringList trustWords;
    QStringList staff;     // LA officers and panel members
    QStringList languages; // first languages other than English (ISO 639-2 style codes)

    static const DemoNames& instance();

    QString placeName(DemoRandom& random) const;
    QString personName(DemoRandom& random) const; // "Forename Surname" of either sex
};

// One of the given phrases, chosen at random.
QString pickText(DemoRandom& random, std::initializer_list<const char*> options);

// A fictional neighbouring LA's code, for pupils who arrive with a UPN issued elsewhere.
int neighbouringLaCode(DemoRandom& random);

} // namespace casebook::demo
