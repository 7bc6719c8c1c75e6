# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, the warnings and the strict Qt defines; every Slipway
# target links it.
add_library(slipway_options INTERFACE)
target_compile_features(slipway_options INTERFACE cxx_std_23)
target_compile_options(slipway_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough -Wformat=2
    # libgit2's GIT_*_OPTIONS_INIT macros set the first fields only; clang warns about the rest, GCC does not.
    $<$<CXX_COMPILER_ID:Clang>:-Wno-missing-field-initializers>
    $<$<BOOL:${SLIPWAY_WERROR}>:-Werror>)
target_compile_definitions(slipway_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
# Includes name their layer: #include "services/git/Repository.h".
target_include_directories(slipway_options INTERFACE ${PROJECT_SOURCE_DIR})

# slipway_add_library(NAME LAYER SOURCES…): a static library of one layer.
function(slipway_add_library name layer)
    add_library(${name} STATIC ${ARGN})
    target_link_libraries(${name} PUBLIC slipway_options)
    set_target_properties(${name} PROPERTIES SLIPWAY_LAYER ${layer})
    # Q_SIGNALS/Q_SLOTS only; not in widgets and above, whose QScintilla headers use the bare keywords.
    if(layer STREQUAL "services" OR layer STREQUAL "models")
        target_compile_definitions(${name} PRIVATE QT_NO_KEYWORDS)
    endif()
    set_property(GLOBAL APPEND PROPERTY SLIPWAY_LAYER_TARGETS ${name})
endfunction()
