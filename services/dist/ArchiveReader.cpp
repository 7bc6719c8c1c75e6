// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The module slipway-archive.so: libarchive and the eight libraries it loads, for the commands that read
// wheels and sdists only (see services/core/Modules.h). ArchiveLoader.cpp calls it.
#include "services/dist/ArchiveReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace slipway::dist::detail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::dist::Inspect)
};

struct ArchiveDeleter
{
    void operator()(archive* a) const noexcept { archive_read_free(a); }
};

QString archiveError(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : Text::tr("the archive is damaged");
}

Result<ArchiveContents> readArchiveNow(const QString& path, const std::function<bool(const QString&)>& keep,
                                       const ArchiveLimits& limits)
{
    const QString operation = Text::tr("read archive");
    std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_filter_gzip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK)
        return fail(operation, path, archiveError(a.get()));

    ArchiveContents contents;
    archive_entry* entry = nullptr;
    qint64 inflated = 0;
    for (int entries = 1;; ++entries) {
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN)
            return fail(operation, path, archiveError(a.get()));
        if (entries > limits.maxEntries)
            return fail(operation, path,
                        Text::tr("more than %1 members: not read further").arg(limits.maxEntries));
        const char* utf8 = archive_entry_pathname_utf8(entry);
        ArtifactFile file;
        file.path = utf8 ? QString::fromUtf8(utf8) : QFile::decodeName(archive_entry_pathname(entry));
        if (file.path.startsWith(u"./"))
            file.path.remove(0, 2);
        const auto type = archive_entry_filetype(entry);
        const QStringList parts = file.path.split(u'/');
        if (file.path.startsWith(u'/') || file.path.contains(u'\\') || parts.contains(QStringLiteral(".."))) {
            contents.skipped.append({file.path, Text::tr("its path leaves the archive's folder"), true});
            continue;
        }
        if (type != AE_IFREG) {
            if (type != AE_IFDIR)
                contents.skipped.append(
                    {file.path,
                     type == AE_IFLNK ? Text::tr("a symbolic link") : Text::tr("not a regular file"), false});
            continue;
        }
        bool keepIt = keep(file.path);
        QByteArray bytes;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const void* block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        for (;;) {
            const int r = archive_read_data_block(a.get(), &block, &size, &offset);
            if (r == ARCHIVE_EOF)
                break;
            if (r < ARCHIVE_WARN)
                return fail(operation, path, Text::tr("%1: %2").arg(file.path, archiveError(a.get())));
            const QByteArrayView view(static_cast<const char*>(block), qsizetype(size));
            hash.addData(view);
            file.size += qint64(size);
            inflated += qint64(size);
            if (inflated > limits.maxInflatedBytes)
                return fail(operation, path,
                            Text::tr("more than %1 MiB when inflated: not read further")
                                .arg(limits.maxInflatedBytes >> 20));
            if (keepIt && bytes.size() + view.size() > limits.maxKeptBytes) {
                keepIt = false;
                bytes.clear();
                contents.skipped.append(
                    {file.path, Text::tr("larger than %1 MiB: not read").arg(limits.maxKeptBytes >> 20),
                     false});
            }
            if (keepIt)
                bytes.append(view);
        }
        file.sha256 = QString::fromLatin1(
            hash.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (keepIt)
            contents.kept.insert(file.path, bytes);
        contents.files.append(std::move(file));
    }
    return contents;
}

} // namespace

} // namespace slipway::dist::detail

// The module's entry point (ArchiveReader.h's readArchive in the module slipway-archive.so).
extern "C" Q_DECL_EXPORT void
slipway_read_archive(const QString& path, const std::function<bool(const QString&)>& keep,
                     const slipway::dist::detail::ArchiveLimits& limits,
                     slipway::Result<slipway::dist::detail::ArchiveContents>& result)
{
    result = slipway::dist::detail::readArchiveNow(path, keep, limits);
}
