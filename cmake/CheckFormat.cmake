# Fails when any C++ source under app/, core/, ui/ or tests/ is not formatted per .clang-format.
# Run: cmake -DCLANG_FORMAT=clang-format -DSOURCE_DIR=. -P cmake/CheckFormat.cmake
file(GLOB_RECURSE files
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Unformatted sources (fix with: clang-format -i <file>):\n${err}")
endif()
list(LENGTH files n)
message(STATUS "format-check: ${n} files formatted correctly")
