// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// readArchive() through the module slipway-archive.so (ArchiveReader.cpp), loaded on first use.
#include "services/core/Modules.h"
#include "services/dist/ArchiveReader.h"

#include <QCoreApplication>

namespace slipway::dist::detail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::dist::Inspect)
};

using Read = void (*)(const QString&, const std::function<bool(const QString&)>&, const ArchiveLimits&,
                      Result<ArchiveContents>&);

} // namespace

Result<ArchiveContents> readArchive(const QString& path, const std::function<bool(const QString&)>& keep,
                                    const ArchiveLimits& limits)
{
    QString problem;
    const auto read =
        reinterpret_cast<Read>(moduleFunction("slipway-archive", "slipway_read_archive", &problem));
    if (!read)
        return fail(Text::tr("read archive"), path, problem);
    Result<ArchiveContents> result = std::unexpected(Error{});
    read(path, keep, limits, result);
    return result;
}

} // namespace slipway::dist::detail
