#include <QCoreApplication>

#include <gtest/gtest.h>

// Core tests need a QCoreApplication so Qt Sql finds its driver plugins.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
