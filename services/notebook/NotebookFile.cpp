// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Notebook files: reading (copied or memory-mapped) and writing (atomically, only when changed).
#include "services/core/SafeWrite.h"
#include "services/notebook/Notebook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace slipway::notebook {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::notebook)
};

} // namespace

Result<QByteArray> readNotebookBytes(const QString& path, qint64 maxBytes)
{
    const QString operation = Text::tr("read notebook");
    const QFileInfo info(path);
    if (!info.exists())
        return fail(operation, path, Text::tr("no such file"));
    if (info.isDir())
        return fail(operation, path, Text::tr("is a folder, not a notebook"));
    if (info.size() > maxBytes)
        return fail(operation, path,
                    Text::tr("the file is %1 MB, larger than the %2 MB a notebook may be")
                        .arg(info.size() >> 20)
                        .arg(maxBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(operation, path, file.errorString());
    QByteArray bytes = json::paddedBuffer(file.size());
    bytes.resize(file.size());
    if (file.read(bytes.data(), bytes.size()) != bytes.size() || file.error() != QFileDevice::NoError)
        return fail(operation, path,
                    file.error() != QFileDevice::NoError ? file.errorString()
                                                         : Text::tr("the file changed while it was read"));
    return bytes;
}

Result<Notebook> readNotebookFile(const QString& path, qint64 maxBytes)
{
    const auto bytes = readNotebookBytes(path, maxBytes);
    if (!bytes)
        return std::unexpected(bytes.error());
    return parseNotebook(*bytes, path);
}

MappedFile::~MappedFile()
{
    if (m_address)
        munmap(m_address, size_t(m_length));
}

Result<std::unique_ptr<MappedFile>> MappedFile::open(const QString& path)
{
    const QString operation = Text::tr("read notebook");
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(operation, path, QString::fromLocal8Bit(strerror(errno)));
    struct stat status{};
    if (fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return fail(operation, path, Text::tr("not a regular file"));
    }
    auto file = std::unique_ptr<MappedFile>(new MappedFile);
    file->m_size = qsizetype(status.st_size);
    const long page = sysconf(_SC_PAGESIZE);
    // simdjson reads a little past the end: the rest of the last page must hold its padding.
    file->m_length = (file->m_size + page - 1) / page * page;
    if (file->m_size == 0 || file->m_length - file->m_size < json::paddingBytes()) {
        ::close(fd);
        return fail(operation, path, Text::tr("no room for the parser's padding in the mapping"));
    }
    void* address = mmap(nullptr, size_t(file->m_length), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    ::close(fd);
    if (address == MAP_FAILED)
        return fail(operation, path, QString::fromLocal8Bit(strerror(errno)));
    file->m_address = address;
    return file;
}

Result<bool> writeFileIfChanged(const QString& path, const QByteArray& bytes,
                                std::optional<QByteArrayView> current)
{
    if (current) {
        if (*current == bytes)
            return false;
    } else {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.size() == bytes.size() && file.readAll() == bytes)
            return false;
    }
    if (auto written = writeFileSafely(path, bytes, Text::tr("write notebook")); !written)
        return std::unexpected(written.error());
    return true;
}

} // namespace slipway::notebook
