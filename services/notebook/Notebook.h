// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/notebook/Json.h"

#include <QByteArray>

#include <memory>
#include <optional>
#include <vector>

namespace slipway::notebook {

// A notebook as nbformat holds it in memory after nbformat.read(…, as_version=NO_CONVERT): split text
// joined back into strings, transient keys dropped, and (nbformat ≥ 4.5) every cell given an id. Every key,
// known or not, is kept.
struct Notebook
{
    json::Value root;
    int major = 1; // nbformat's major version; 1 when the key is missing, as nbformat reads it
    int minor = 0;
    bool hasVersion = false;
    QString path; // where it was read from, for messages

    // The arrays that hold the cells: "cells" (nbformat 4, or no version), or each worksheet's "cells" (2,
    // 3).
    std::vector<json::Value::Array*> cellLists();
    std::vector<const json::Value::Array*> cellLists() const;
};

// Reads a notebook from bytes that outlive it (outputs point into them), e.g. a MappedFile's. With
// `forScript`, outputs are only skipped over (not measured, their strings not checked): for converters and
// diffs, which leave them out; a notebook that strip or nbformat would refuse may still convert.
Result<Notebook> parseNotebookInPlace(QByteArrayView bytes, const QString& path, bool forScript = false);

// Reads notebook JSON. Fails, naming `path` and the cause (with line and column for JSON errors), for
// invalid JSON, a value that is not a notebook, an unsupported nbformat version, keys of the wrong type
// that nbformat could not read, and (nbformat ≥ 4.5) cells that share an id.
Result<Notebook> parseNotebook(const QByteArray& bytes, const QString& path, bool forScript = false);

// Outputs are read lazily: parseNotebook() checks them but keeps each as its JSON text until something needs
// its tree. This turns the outputs of `cell` into trees (joined back into strings as nbformat reads them).
Result<void> materializeOutputs(const Notebook& notebook, json::Value& cell);

// The bytes nbformat.write(notebook) produces: text split into lines, keys sorted, nbformat's indentation
// and escaping for the notebook's version, and a trailing newline.
Result<QByteArray> serializeNotebook(const Notebook& notebook);

// Reads a notebook file's bytes (at most `maxBytes`) into a buffer parseNotebook() reads in place.
Result<QByteArray> readNotebookBytes(const QString& path, qint64 maxBytes = qint64(1) << 31);
// Reads standard input to its end (at most `maxBytes`) into a buffer parseNotebook() reads in place.
Result<QByteArray> readStandardInput(qint64 maxBytes = qint64(1) << 31);
// Reads and parses a notebook file; the errors name the file.
Result<Notebook> readNotebookFile(const QString& path, qint64 maxBytes = qint64(1) << 31);
// A file mapped read-only into memory (and read ahead), with simdjson's padding after it: the way
// `slipway strip` reads a notebook without copying it. Fails (and callers read the file instead) for empty
// or special files and when the padding does not fit in the last page.
// A file truncated by someone else while it is mapped would end the process with SIGBUS on the next read
// of a lost page; instead a handler puts a page of zeros there, and changedWhileRead() says so: callers
// check it after reading and report an error rather than a result.
class MappedFile
{
public:
    static Result<std::unique_ptr<MappedFile>> open(const QString& path);
    // Standard input when it is a regular file read from its start (`slipway strip - < file`).
    static Result<std::unique_ptr<MappedFile>> openStandardInput();
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    QByteArrayView bytes() const { return {static_cast<const char*>(m_address), m_size}; }
    bool changedWhileRead() const;

private:
    MappedFile() = default;
    static Result<std::unique_ptr<MappedFile>> map(int fd, const QString& path);
    void* m_address = nullptr;
    qsizetype m_size = 0;
    qsizetype m_length = 0;
    int m_slot = -1; // in the SIGBUS handler's table
};

// Writes `bytes` atomically (QSaveFile) unless the file already holds exactly them (`current`, when the
// caller has the file's bytes at hand; else it is read): then nothing is written and the modification time
// stays. Returns whether the file was written.
Result<bool> writeFileIfChanged(const QString& path, const QByteArray& bytes,
                                std::optional<QByteArrayView> current = std::nullopt);

} // namespace slipway::notebook
