#pragma once

#include "calendar/AcademicYear.h"
#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebook::demo {

// The fictional authority the demo data belongs to. 990 is not a real LA code (real ones run 201-943).
inline constexpr int kDemoLaCode = 990;
inline const char* const kDemoLaName = "Northshire County Council (demo)";

// How much demo data to make, and for which years.
struct DemoConfig
{
    QString preset;            // "typical", "large", "small", or "custom"
    int schools = 150;         // all phases together
    int pupilsPerYear = 60000; // on roll at each January census, all schools together
    int years = 5;             // academic years, the last being the one that contains `today`
    quint64 seed = 1;          // the same seed gives the same file, byte for byte in its rows
    QDate today;               // nothing is dated after it except planned meetings, reviews and due dates

    static QStringList presetNames(); // typical, large, small
    // The named preset (with today's date left null for the caller to set); nullopt for an unknown name.
    static std::optional<DemoConfig> fromPreset(const QString& name);

    AcademicYear finalYear() const { return AcademicYear::containing(today); }
    AcademicYear firstYear() const { return AcademicYear(finalYear().startYear() - years + 1); }

    // Why this configuration cannot be generated, or success.
    Status validate() const;
};

} // namespace casebook::demo
