// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/GitError.h"

#include "services/git/Handles.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <string_view>
#include <sys/stat.h>

namespace slipway::git {

QString GitError::toString() const
{
    return toError().toString();
}

QString libgit2Version()
{
    int major = 0, minor = 0, revision = 0;
    git_libgit2_version(&major, &minor, &revision);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision);
}

namespace detail {

namespace {

// Debian's libgit2 (built with mbedTLS) parses the whole CA bundle inside git_libgit2_init(): about 8 ms of
// every git command's start, for certificates that only an https remote needs. While this thread starts
// libgit2, the bundle's stat() says "no such file" (stat below) and its path is kept; the certificates are
// loaded before the first connection instead (ensureTlsCertificates).
thread_local bool startingLibgit2 = false;
char hiddenCertificates[4096] = {}; // written once, inside the call_once below (no allocation in stat())

bool isCertificateLocation(std::string_view path)
{
    return path.ends_with(".crt") || path.ends_with(".pem") || path == "/etc/ssl/certs";
}

} // namespace

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        startingLibgit2 = true;
        git_libgit2_init();
        startingLibgit2 = false;
    });
}

void ensureTlsCertificates()
{
    ensureInitialized();
    static std::once_flag once;
    std::call_once(once, [] {
        struct stat status{};
        if (hiddenCertificates[0] == '\0' || ::fstatat(AT_FDCWD, hiddenCertificates, &status, 0) != 0)
            return;
        const bool folder = S_ISDIR(status.st_mode);
        git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, folder ? nullptr : hiddenCertificates,
                         folder ? hiddenCertificates : nullptr);
    });
}

QString deferredCertificates()
{
    ensureInitialized();
    return QFile::decodeName(hiddenCertificates);
}

GitError lastError(int code, const QString& operation, const QString& path)
{
    GitError error{operation, path, code, 0, {}};
    if (const git_error* last = git_error_last(); last && last->message) {
        error.category = last->klass;
        error.message = QString::fromUtf8(last->message);
    } else {
        error.message = QStringLiteral("libgit2 error %1").arg(code);
    }
    return error;
}

} // namespace detail
} // namespace slipway::git

// The process's stat(): libgit2 calls it (through the dynamic linker, which prefers the executable's
// definition) to find its CA bundle while it starts; see startingLibgit2. Everything else is stat().
// The parameters are named as glibc's declaration names them (clang-tidy compares the two).
// NOLINTNEXTLINE(bugprone-reserved-identifier)
extern "C" int stat(const char* __restrict __file, struct stat* __restrict __buf) noexcept
{
    using namespace slipway::git::detail;
    const char* path = __file;
    if (startingLibgit2 && isCertificateLocation(path) && std::strlen(path) < sizeof hiddenCertificates) {
        std::memcpy(hiddenCertificates, path, std::strlen(path) + 1);
        errno = ENOENT;
        return -1;
    }
    return ::fstatat(AT_FDCWD, path, __buf, 0);
}
