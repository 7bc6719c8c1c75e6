# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers point one way: app -> widgets -> models -> services. Two checks keep it so:
#  - at configure time, no layer target links a target or library of a layer above it;
#  - at build time (target slipway_layer_check, part of ALL), no source includes an upper layer's header
#    or a library that belongs to another layer (tools/check-layers.cmake does the scanning).

function(slipway_check_layer_links)
    # Forbidden link items per layer, as regular expressions over the target's LINK_LIBRARIES.
    set(forbidden_services "Qt6::Gui|Qt6::Widgets|QScintilla|KF6::|slipway_(models|widgets|app)")
    set(forbidden_models "Qt6::Widgets|QScintilla|KF6::|PkgConfig::LIBGIT2|yaml-cpp|TOMLPLUSPLUS|simdjson|slipway_(widgets|app)")
    set(forbidden_widgets "PkgConfig::LIBGIT2|yaml-cpp|TOMLPLUSPLUS|simdjson|slipway_app|slipway_cli|slipway_gui")
    # Inside app/: the command line links no GUI library, the workbench never the command line.
    set(forbidden_app_common "Qt6::Gui|Qt6::Widgets|QScintilla|KF6::|slipway_(models|widgets|cli|gui)")
    set(forbidden_app_cli "Qt6::Gui|Qt6::Widgets|QScintilla|KF6::|slipway_(models|widgets|gui)")
    set(forbidden_app_gui "slipway_cli")
    get_property(targets GLOBAL PROPERTY SLIPWAY_LAYER_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(layer ${target} SLIPWAY_LAYER)
        if(NOT DEFINED forbidden_${layer})
            continue()
        endif()
        get_target_property(libs ${target} LINK_LIBRARIES)
        get_target_property(ilibs ${target} INTERFACE_LINK_LIBRARIES)
        foreach(lib IN LISTS libs ilibs)
            if(lib MATCHES "${forbidden_${layer}}")
                message(FATAL_ERROR "Layer violation: ${target} (layer '${layer}') links '${lib}', "
                    "which belongs to a layer above it. Move the code up, or the dependency down.")
            endif()
        endforeach()
    endforeach()
endfunction()

add_custom_target(slipway_layer_check ALL
    COMMAND ${CMAKE_COMMAND} -DROOT=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/tools/check-layers.cmake
    COMMENT "Checking that each layer includes only layers below it"
    VERBATIM)
