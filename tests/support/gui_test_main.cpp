#include <QGuiApplication>

#include <gtest/gtest.h>

// Printing tests need fonts and paint devices (Qt Gui) but no widgets; offscreen unless a platform is chosen.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
