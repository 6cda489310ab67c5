#include "demo/DemoGenerator.h"

#include "demo/DemoEscalation.h"
#include "demo/DemoMobility.h"
#include "demo/DemoMovement.h"
#include "demo/DemoPanel.h"
#include "demo/DemoPupils.h"
#include "demo/DemoRandom.h"
#include "demo/DemoReasons.h"
#include "demo/DemoRolls.h"
#include "demo/DemoSchools.h"
#include "demo/DemoSuspensionDetails.h"
#include "demo/DemoSuspensions.h"
#include "demo/DemoWriter.h"

#include <QElapsedTimer>

namespace casebook::demo {

Result<DemoData> generateDemoData(const DemoConfig& config, const DemoReference& reference)
{
    if (Status s = config.validate(); !s) {
        return s.error();
    }
    DemoData data;
    Result<DemoCalendar> calendar = DemoCalendar::create(config.firstYear(), config.finalYear());
    if (!calendar) {
        return calendar.error();
    }
    data.calendar = std::move(calendar).value();

    DemoContext context(config, reference, data);
    const quint64 seed = config.seed;
    prepareEthnicity(context);
    DemoRandom schoolsRandom = DemoRandom::forPart(seed, "schools");
    generateSchools(context, schoolsRandom);
    DemoRandom closuresRandom = DemoRandom::forPart(seed, "closures");
    data.calendar.makeClosures(static_cast<int>(data.schools.size()), closuresRandom);
    DemoRandom panelRandom = DemoRandom::forPart(seed, "panel");
    makePanelMeetings(context, panelRandom);
    addUsers(context);

    DemoReasons reasons(reference.reasonCodes);
    SuspensionScale scale;
    for (int yi = 0; yi < data.calendar.yearCount(); ++yi) {
        DemoRandom movement = DemoRandom::forPart(seed, "movement", yi);
        if (yi == 0) {
            populateFirstYear(context, movement);
        } else {
            startYear(context, movement, yi);
        }
        moveDuringYear(context, movement, yi);

        const std::size_t firstSuspension = data.suspensions.size();
        DemoRandom suspensions = DemoRandom::forPart(seed, "suspensions", yi);
        generateSuspensions(context, suspensions, yi, 0, scale, true);
        const std::size_t newEnrolments = data.enrolments.size();
        DemoRandom responses = DemoRandom::forPart(seed, "responses", yi);
        respondToSuspensions(context, responses, reasons, yi, firstSuspension);
        generateSuspensions(context, suspensions, yi, newEnrolments, scale, false);
        DemoRandom details = DemoRandom::forPart(seed, "details", yi);
        completeSuspensions(context, details, reasons, yi, firstSuspension);
    }
    finishPanelMeetings(context);
    takeCensus(context);
    DemoRandom contacts = DemoRandom::forPart(seed, "contacts");
    addContacts(context, contacts);
    return data;
}

Result<DemoRunSummary> fillDemoDatabase(Database& db, const DemoConfig& config)
{
    if (Status s = config.validate(); !s) {
        return s.error();
    }
    DemoWriter writer(db);
    if (Status s = writer.checkEmpty(); !s) {
        return s.error();
    }
    Result<DemoReference> reference = writer.loadReference();
    if (!reference) {
        return reference.error();
    }
    DemoRunSummary summary;
    QElapsedTimer timer;
    timer.start();
    Result<DemoData> data = generateDemoData(config, reference.value());
    if (!data) {
        return data.error();
    }
    summary.generateMs = timer.restart();
    Result<QVector<DemoTableRows>> written = writer.write(data.value(), config);
    if (!written) {
        return written.error();
    }
    summary.writeMs = timer.elapsed();
    summary.tables = written.value();
    return summary;
}

} // namespace casebook::demo
