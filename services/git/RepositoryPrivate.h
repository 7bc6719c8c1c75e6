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

} // namespace slipway::git
