// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Notebook files: reading (copied or memory-mapped) and writing (atomically, only when changed).
#include "services/core/SafeWrite.h"
#include "services/notebook/Notebook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace slipway::notebook {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::notebook)
};

// The mappings the SIGBUS handler may repair. Slots are claimed with a compare-and-swap; the handler only
// reads them (async-signal-safe: atomics, mmap).
struct MappingSlot
{
    std::atomic<char*> start{nullptr};
    std::atomic<size_t> length{0};
    std::atomic<bool> faulted{false};
};
constexpr int mappingSlots = 64;
std::array<MappingSlot, mappingSlots> mappings;
struct sigaction previousBusAction{};

void onBusError(int signal, siginfo_t* info, void* context)
{
    char* address = static_cast<char*>(info->si_addr);
    for (MappingSlot& slot : mappings) {
        char* start = slot.start.load();
        if (start && address >= start && address < start + slot.length.load()) {
            // The file shrank under the mapping: a page of zeros where the lost one was, and a note.
            const auto page = uintptr_t(sysconf(_SC_PAGESIZE));
            char* pageStart = address - (reinterpret_cast<uintptr_t>(address) % page);
            if (mmap(pageStart, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) !=
                MAP_FAILED) {
                slot.faulted = true;
                return; // the read is retried and finds zeros
            }
        }
    }
    // Not ours: what would have happened without us.
    if (previousBusAction.sa_flags & SA_SIGINFO && previousBusAction.sa_sigaction) {
        previousBusAction.sa_sigaction(signal, info, context);
        return;
    }
    if (previousBusAction.sa_handler != SIG_DFL && previousBusAction.sa_handler != SIG_IGN &&
        previousBusAction.sa_handler) {
        previousBusAction.sa_handler(signal);
        return;
    }
    ::signal(SIGBUS, SIG_DFL);
    ::raise(SIGBUS);
}

void installBusHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction action{};
        action.sa_sigaction = onBusError;
        action.sa_flags = SA_SIGINFO | SA_NODEFER;
        sigemptyset(&action.sa_mask);
        sigaction(SIGBUS, &action, &previousBusAction);
    });
}

int claimSlot(char* start, size_t length)
{
    for (int i = 0; i < mappingSlots; ++i) {
        char* expected = nullptr;
        if (mappings[size_t(i)].start.compare_exchange_strong(expected, start)) {
            mappings[size_t(i)].length = length;
            mappings[size_t(i)].faulted = false;
            return i;
        }
    }
    return -1;
}

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
    if (m_slot >= 0) {
        mappings[size_t(m_slot)].length = 0;
        mappings[size_t(m_slot)].start = nullptr;
    }
    if (m_address)
        munmap(m_address, size_t(m_length));
}

bool MappedFile::changedWhileRead() const
{
    return m_slot >= 0 && mappings[size_t(m_slot)].faulted.load();
}

Result<std::unique_ptr<MappedFile>> MappedFile::open(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(Text::tr("read notebook"), path, QString::fromLocal8Bit(strerror(errno)));
    auto mapped = map(fd, path);
    ::close(fd);
    return mapped;
}

Result<std::unique_ptr<MappedFile>> MappedFile::openStandardInput()
{
    // Only from its start: a mapping begins at a page, and what came before the offset is not ours.
    if (lseek(STDIN_FILENO, 0, SEEK_CUR) != 0)
        return fail(Text::tr("read notebook"), QStringLiteral("<stdin>"),
                    Text::tr("not at the start of a file"));
    auto mapped = map(STDIN_FILENO, QStringLiteral("<stdin>"));
    if (mapped) // as if it had been read, for whoever reads standard input after us
        lseek(STDIN_FILENO, 0, SEEK_END);
    return mapped;
}

Result<std::unique_ptr<MappedFile>> MappedFile::map(int fd, const QString& path)
{
    const QString operation = Text::tr("read notebook");
    struct stat status{};
    if (fstat(fd, &status) != 0 || !S_ISREG(status.st_mode))
        return fail(operation, path, Text::tr("not a regular file"));
    auto file = std::unique_ptr<MappedFile>(new MappedFile);
    file->m_size = qsizetype(status.st_size);
    const long page = sysconf(_SC_PAGESIZE);
    // simdjson reads a little past the end: the rest of the last page must hold its padding.
    file->m_length = (file->m_size + page - 1) / page * page;
    if (file->m_size == 0 || file->m_length - file->m_size < json::paddingBytes())
        return fail(operation, path, Text::tr("no room for the parser's padding in the mapping"));
    installBusHandler();
    void* address = mmap(nullptr, size_t(file->m_length), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (address == MAP_FAILED)
        return fail(operation, path, QString::fromLocal8Bit(strerror(errno)));
    file->m_address = address;
    file->m_slot = claimSlot(static_cast<char*>(address), size_t(file->m_length));
    if (file->m_slot < 0) // every slot taken (64 files mapped at once): unprotected, so not mapped
        return fail(operation, path, Text::tr("too many files mapped at once"));
    return file;
}

Result<QByteArray> readStandardInput(qint64 maxBytes)
{
    // Straight from the descriptor into the buffer the parser reads in place: no stream buffer between.
    // The buffer doubles as it fills; glibc grows large blocks with mremap, so nothing is copied.
    QByteArray bytes = json::paddedBuffer(qsizetype(1) << 16);
    qsizetype size = 0;
    for (;;) {
        const qsizetype room = bytes.capacity() - json::paddingBytes() - size;
        if (room < (qsizetype(1) << 12)) {
            bytes.reserve(bytes.capacity() * 2);
            continue;
        }
        bytes.resize(size + room);
        const ssize_t got = ::read(STDIN_FILENO, bytes.data() + size, size_t(room));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return fail(Text::tr("read notebook"), QStringLiteral("<stdin>"),
                        QString::fromLocal8Bit(strerror(errno)));
        size += got;
        bytes.resize(size);
        if (got == 0)
            return bytes;
        if (size > maxBytes)
            return fail(Text::tr("read notebook"), QStringLiteral("<stdin>"),
                        Text::tr("more than the %1 MB a notebook may be").arg(maxBytes >> 20));
    }
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
