// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/NotebookFilter.h"

#include "services/git/Handles.h"

#include <QFile>

#include <git2/sys/filter.h>
#include <mutex>

namespace slipway::git {

namespace {

CleanHandler& handler()
{
    static CleanHandler instance;
    return instance;
}

// Collects the file's content, cleans it on close, and passes the result on.
struct CleanStream
{
    git_writestream base; // first member: libgit2 hands us back this pointer
    git_writestream* next = nullptr;
    QString workdir;
    QString path;
    QByteArray content;
};

int streamWrite(git_writestream* stream, const char* buffer, size_t length)
{
    reinterpret_cast<CleanStream*>(stream)->content.append(buffer, qsizetype(length));
    return 0;
}

int streamClose(git_writestream* stream)
{
    auto* self = reinterpret_cast<CleanStream*>(stream);
    const Result<QByteArray> cleaned =
        handler() ? handler()(self->workdir, self->path, self->content) : self->content;
    if (!cleaned) {
        git_error_set_str(GIT_ERROR_FILTER, cleaned.error().toString().toUtf8().constData());
        return -1;
    }
    if (int rc = self->next->write(self->next, cleaned->constData(), size_t(cleaned->size())); rc < 0)
        return rc;
    return self->next->close(self->next);
}

void streamFree(git_writestream* stream)
{
    delete reinterpret_cast<CleanStream*>(stream);
}

int check(git_filter*, void**, const git_filter_source* source, const char**)
{
    // Cleaning only: what comes out of the object database stays as it is (smudge = cat).
    return git_filter_source_mode(source) == GIT_FILTER_TO_ODB ? 0 : GIT_PASSTHROUGH;
}

int stream(git_writestream** out, git_filter*, void**, const git_filter_source* source, git_writestream* next)
{
    auto* self = new CleanStream;
    self->base.write = streamWrite;
    self->base.close = streamClose;
    self->base.free = streamFree;
    self->next = next;
    if (const char* workdir = git_repository_workdir(git_filter_source_repo(source)))
        self->workdir = QFile::decodeName(workdir);
    self->path = QString::fromUtf8(git_filter_source_path(source));
    *out = &self->base;
    return 0;
}

git_filter makeFilter(const char* attributes)
{
    git_filter filter;
    git_filter_init(&filter, GIT_FILTER_VERSION);
    filter.attributes = attributes;
    filter.check = check;
    filter.stream = stream;
    return filter;
}

} // namespace

void registerNotebookFilter(CleanHandler cleanHandler)
{
    handler() = std::move(cleanHandler);
    static std::once_flag once;
    std::call_once(once, [] {
        detail::ensureInitialized();
        static git_filter nbstripout = makeFilter("filter=nbstripout");
        static git_filter slipway = makeFilter("filter=slipway");
        git_filter_register("nbstripout", &nbstripout, GIT_FILTER_DRIVER_PRIORITY);
        git_filter_register("slipway", &slipway, GIT_FILTER_DRIVER_PRIORITY);
        git_error_clear();
    });
}

} // namespace slipway::git
