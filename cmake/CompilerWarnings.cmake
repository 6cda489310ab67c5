# casebook_set_warnings(target): the project's warning set, as errors when CASEBOOK_WERROR is on.
function(casebook_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(CASEBOOK_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast
            -Wnon-virtual-dtor -Woverloaded-virtual)
        if(CASEBOOK_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    if(CASEBOOK_ASAN AND NOT MSVC)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    # Strict Qt: no implicit ASCII casts, no Qt keywords (signals/slots/emit as macros only).
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER
        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()
