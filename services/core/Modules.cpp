// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/core/Modules.h"

#include "services/core/Installation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>

#include <mutex>

namespace slipway {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::Modules)
};

QLibrary* load(const QString& name, QString* problem)
{
    static std::mutex mutex;
    static QHash<QString, QLibrary*> loaded; // never unloaded: their code may run until exit
    std::lock_guard lock(mutex);
    if (QLibrary* library = loaded.value(name))
        return library;
    const QString self = executableFolder();
    const QStringList folders{self, self + QStringLiteral("/../libexec/slipway"),
                              QStringLiteral(SLIPWAY_MODULE_DIR), QStringLiteral(SLIPWAY_BUILD_MODULE_DIR)};
    for (const QString& folder : folders) {
        const QString path = folder + u'/' + name + QStringLiteral(".so");
        if (!QFileInfo::exists(path))
            continue;
        auto* library = new QLibrary(path);
        if (!library->load()) {
            *problem = library->errorString();
            delete library;
            return nullptr;
        }
        loaded.insert(name, library);
        return library;
    }
    *problem = Text::tr("Slipway's module %1.so is not installed (looked beside %2 and in %3)")
                   .arg(name, self, QStringLiteral(SLIPWAY_MODULE_DIR));
    return nullptr;
}

} // namespace

void* moduleFunction(const char* module, const char* function, QString* problem)
{
    QLibrary* library = load(QString::fromLatin1(module), problem);
    if (!library)
        return nullptr;
    void* address = reinterpret_cast<void*>(library->resolve(function));
    if (!address)
        *problem = library->errorString();
    return address;
}

} // namespace slipway
