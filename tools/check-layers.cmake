# Fails when a source file includes a header of a layer above its own, or a library that belongs to a
# different layer. Run as: cmake -DROOT=<tree> -P tools/check-layers.cmake (the build does, every time).
# The rules (layer → forbidden include patterns):
#   services: upper layers; QtGui/QtWidgets headers; QScintilla; KSyntaxHighlighting
#   models:   widgets/, app/; QtWidgets headers; QScintilla; KSyntaxHighlighting; libgit2, yaml-cpp, toml++
#   widgets:  app/; libgit2, yaml-cpp, toml++; QProcess
if(NOT ROOT)
    message(FATAL_ERROR "check-layers: pass -DROOT=<source tree>")
endif()

set(widget_headers "QWidget|QtWidgets|QMainWindow|QDialog|QApplication|QAbstractButton|QPushButton|QLabel|QTreeView|QListView|QTableView|QDockWidget|QMessageBox|QStyledItemDelegate")
set(backend_headers "git2\\.h|git2/|yaml-cpp/|toml\\+\\+/|simdjson|archive\\.h|archive_entry\\.h")
set(rule_services "[\"<](models|widgets|app)/|[\"<](${widget_headers}|QtGui|QGuiApplication|QPalette|QColor|QIcon|QPixmap|QImage|QFont)[\">/]|Qsci/|KSyntaxHighlighting/")
set(rule_models "[\"<](widgets|app)/|[\"<](${widget_headers})[\">/]|Qsci/|KSyntaxHighlighting/|[\"<](${backend_headers})")
set(rule_widgets "[\"<]app/|[\"<](${backend_headers})|[\"<]QProcess[\">]")

set(violations "")
foreach(layer services models widgets)
    file(GLOB_RECURSE sources LIST_DIRECTORIES false "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS includes)
            if(line MATCHES "${rule_${layer}}")
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
