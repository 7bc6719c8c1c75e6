#pragma once
// Repository's private part, shared by the .cpp files that implement it (Repository.cpp, Describe.cpp).

#include "services/git/Handles.h"
#include "services/git/Repository.h"

namespace slipway::git {

struct Repository::Private
{
    detail::RepositoryPtr repo;
    QString path;
};

namespace detail {

// The short name of the branch HEAD is on, also before its first commit; empty when detached.
inline QString headBranch(git_repository* repo)
{
    git_reference* raw = nullptr;
    if (git_repository_head_detached(repo) == 1 || git_reference_lookup(&raw, repo, "HEAD") < 0) {
        git_error_clear();
        return {};
    }
    ReferencePtr head(raw);
    const char* target = git_reference_symbolic_target(head.get());
    return target ? QString::fromUtf8(target).remove(QStringLiteral("refs/heads/")) : QString();
}

} // namespace detail

} // namespace slipway::git
