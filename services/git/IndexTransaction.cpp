// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Changing the index under index.lock, as git does (see RepositoryPrivate.h).
#include "services/git/RepositoryPrivate.h"

#include <QFile>

#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

namespace slipway::git {

namespace detail {

GitResult<IndexTransaction> IndexTransaction::begin(git_repository* repo, const QString& path)
{
    IndexTransaction t;
    t.m_path = path;
    t.m_lockPath = QByteArray(git_repository_path(repo)) + "index.lock";
    // git gives up at once; a staging click waits a moment for a git command to finish (never on the GUI
    // thread: repository work runs on the pool).
    for (int attempt = 0; attempt < 100; ++attempt) {
        t.m_fd = ::open(t.m_lockPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (t.m_fd >= 0 || errno != EEXIST)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (t.m_fd < 0)
        return std::unexpected(
            GitError{QStringLiteral("lock index"), path, -1, 0,
                     QStringLiteral("%1 exists: another git process is changing the index; "
                                    "try again when it is done")
                         .arg(QFile::decodeName(t.m_lockPath))});
    git_index* raw = nullptr;
    if (int rc = git_repository_index(&raw, repo); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read index"), path));
    t.m_index.reset(raw);
    if (int rc = git_index_read(raw, true); rc < 0) // afresh: what others staged since counts
        return std::unexpected(lastError(rc, QStringLiteral("read index"), path));
    return t;
}

IndexTransaction::IndexTransaction(IndexTransaction&& other) noexcept
    : m_index(std::move(other.m_index))
    , m_lockPath(std::move(other.m_lockPath))
    , m_fd(std::exchange(other.m_fd, -1))
    , m_path(std::move(other.m_path))
{}

IndexTransaction::~IndexTransaction()
{
    release();
}

void IndexTransaction::release()
{
    if (m_fd < 0)
        return;
    ::close(m_fd);
    ::unlink(m_lockPath.constData());
    m_fd = -1;
}

GitResult<void> IndexTransaction::commit()
{
    release();
    if (int rc = git_index_write(m_index.get()); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("write index"), m_path));
    return {};
}

} // namespace detail

} // namespace slipway::git
