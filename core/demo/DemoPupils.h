#pragma once

#include "demo/DemoModel.h"

#include <QDate>

namespace casebook::demo {

class DemoContext;
class DemoRandom;

// Who a new pupil is and where their UPN came from.
struct NewPupil
{
    int ncYear = 0; // their NC year in the academic year containing `on`
    QDate on;       // the date the NC year refers to
    QDate entry;    // when they joined the LA's schools (their characteristics run from here)
    Phase phase = Phase::Primary;
    int issuingLa = 0; // the UPN's LA code
    int issuingEstablishment = 2001;
    int issueYear = 2020; // the UPN's year of issue
    bool temporaryUpn = false;
};

// Reads the ethnicity codes the file holds into the context, with their profiles.
void prepareEthnicity(DemoContext& context);

// Makes the pupil (names, date of birth in the right cohort, sex, ethnicity, valid UPN), their dated
// characteristics (SEN N/K/E, FSM, looked after, child in need or protection, EAL) and the generator's
// view of them (how prone to suspension they are). Returns the pupil's index. Not enrolled yet.
int createPupil(DemoContext& context, DemoRandom& random, const NewPupil& pupil);

} // namespace casebook::demo
