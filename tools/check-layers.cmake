# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file includes a header of a layer above its own, or a library that belongs to a
# different layer. Run as: cmake -DROOT=<tree> -P tools/check-layers.cmake (the build does, every time).
# The rules (layer → forbidden include patterns):
#   services: upper layers; QtGui/QtWidgets headers; QScintilla; KSyntaxHighlighting
#   models:   widgets/, app/; QtWidgets headers; QScintilla; KSyntaxHighlighting; libgit2, yaml-cpp, toml++
#   widgets:  app/; libgit2, yaml-cpp, toml++; QProcess
#   app/common: app/cli/, app/gui/, models/, widgets/; QtGui/QtWidgets headers
#   app/cli:  app/gui/, models/, widgets/; QtGui/QtWidgets headers (the command line has no GUI libraries)
#   app/gui:  app/cli/ (the workbench shares app/common with the command line, never the commands)
if(NOT ROOT)
    message(FATAL_ERROR "check-layers: pass -DROOT=<source tree>")
endif()

set(widget_headers "QWidget|QtWidgets|QMainWindow|QDialog|QApplication|QAbstractButton|QPushButton|QLabel|QTreeView|QListView|QTableView|QDockWidget|QMessageBox|QStyledItemDelegate")
set(backend_headers "git2\\.h|git2/|yaml-cpp/|toml\\+\\+/|simdjson|archive\\.h|archive_entry\\.h")
set(rule_services "[\"<](models|widgets|app)/|[\"<](${widget_headers}|QtGui|QGuiApplication|QPalette|QColor|QIcon|QPixmap|QImage|QFont)[\">/]|Qsci/|KSyntaxHighlighting/")
set(rule_models "[\"<](widgets|app)/|[\"<](${widget_headers})[\">/]|Qsci/|KSyntaxHighlighting/|[\"<](${backend_headers})")
set(rule_widgets "[\"<]app/|[\"<](${backend_headers})|[\"<]QProcess[\">]")
set(gui_headers "${widget_headers}|QtGui|QGuiApplication|QPalette|QColor|QIcon|QPixmap|QImage|QFont")
set(rule_app_common "[\"<](app/cli|app/gui|models|widgets)/|[\"<](${gui_headers})[\">/]")
set(rule_app_cli "[\"<](app/gui|models|widgets)/|[\"<](${gui_headers})[\">/]")
set(rule_app_gui "[\"<]app/cli/")

set(violations "")
foreach(layer services models widgets app/common app/cli app/gui)
    file(GLOB_RECURSE sources LIST_DIRECTORIES false "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
    string(REPLACE "/" "_" rule "rule_${layer}")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS includes)
            if(line MATCHES "${${rule}}")
                file(RELATIVE_PATH relative "${ROOT}" "${source}")
                string(STRIP "${line}" line)
                list(APPEND violations "${relative}: '${line}' is not allowed in the ${layer} layer")
            endif()
        endforeach()
    endforeach()
endforeach()

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Layer violations (app -> widgets -> models -> services; see docs/ARCHITECTURE.md):\n  ${text}")
endif()
