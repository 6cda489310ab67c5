#include "ProtectiveMarking.h"

#include <gtest/gtest.h>

using casebook::printing::markingText;
using casebook::printing::ProtectiveMarking;

TEST(ProtectiveMarking, PrintsTheClassificationExactly)
{
    EXPECT_EQ(markingText(ProtectiveMarking::Official).toStdString(), "OFFICIAL");
    EXPECT_EQ(markingText(ProtectiveMarking::OfficialSensitive).toStdString(), "OFFICIAL-SENSITIVE");
}
