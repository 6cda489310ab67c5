# Fails when a GoogleTest source uses QTest's checking macros (QVERIFY, QCOMPARE, QTRY_*): inside a gtest test they
# report to QTest, not GoogleTest, and `return` early, so a failed check silently passes the test. Use
# ASSERT_TRUE(QTest::qWaitFor(...)) and the gtest assertions instead.
# Run: cmake -DSOURCE_DIR=. -P cmake/CheckTestMacros.cmake
file(GLOB_RECURSE files ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
set(offenders "")
foreach(f IN LISTS files)
    file(STRINGS ${f} hits REGEX "(^|[^A-Za-z_])(QVERIFY|QCOMPARE|QTRY_[A-Z_]+|QFAIL)[ ]*\\(")
    if(hits)
        string(APPEND offenders "${f}:\n")
        foreach(h IN LISTS hits)
            string(APPEND offenders "    ${h}\n")
        endforeach()
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "QTest checking macros in GoogleTest sources (they fail silently):\n${offenders}")
endif()
list(LENGTH files n)
message(STATUS "test-macro-check: ${n} test sources use GoogleTest assertions only")
