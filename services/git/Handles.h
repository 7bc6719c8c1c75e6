// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII owners for libgit2 handles. Private to services/git: only its .cpp files include git2.h.

#include "services/git/GitError.h"

#include <git2.h>
#include <git2/sys/errors.h>
#include <memory>

namespace slipway::git::detail {

template <typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const noexcept { Free(p); }
};

using RepositoryPtr = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using IndexPtr = std::unique_ptr<git_index, Deleter<git_index, git_index_free>>;
using TreePtr = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using CommitPtr = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using ReferencePtr = std::unique_ptr<git_reference, Deleter<git_reference, git_reference_free>>;
using SignaturePtr = std::unique_ptr<git_signature, Deleter<git_signature, git_signature_free>>;
using ObjectPtr = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using DescribeResultPtr =
    std::unique_ptr<git_describe_result, Deleter<git_describe_result, git_describe_result_free>>;
using StatusListPtr = std::unique_ptr<git_status_list, Deleter<git_status_list, git_status_list_free>>;
using ConfigPtr = std::unique_ptr<git_config, Deleter<git_config, git_config_free>>;

struct Buf
{
    git_buf buf = GIT_BUF_INIT;
    ~Buf() { git_buf_dispose(&buf); }
    QString toString() const { return QString::fromUtf8(buf.ptr, qsizetype(buf.size)); }
};

// Calls git_libgit2_init() once per process, without its CA bundle (see GitError.cpp).
void ensureInitialized();
// Loads the CA bundle libgit2 would have loaded at start: before the first connection to a remote.
void ensureTlsCertificates();
// Where that bundle is ("/etc/ssl/certs/ca-certificates.crt" on Debian), or empty when libgit2 has none.
QString deferredCertificates();

// The error of the call that just failed on this thread, with `code` and what was being done.
GitError lastError(int code, const QString& operation, const QString& path = {});

inline QString oidToString(const git_oid* oid)
{
    char text[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(text, sizeof text, oid);
    return QString::fromLatin1(text);
}

} // namespace slipway::git::detail
