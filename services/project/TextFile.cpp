// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/TextFile.h"

#include "services/core/SafeWrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QtConcurrentRun>

namespace slipway {

namespace {

// This file's texts for translators, in the context "slipway::TextFile".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::TextFile)
};

} // namespace

Result<TextDocument> readTextFile(const QString& path, qint64 maxBytes)
{
    const QString operation = Text::tr("open file");
    const QFileInfo info(path);
    if (!info.exists())
        return fail(operation, path, Text::tr("no such file"));
    if (info.isDir())
        return fail(operation, path, Text::tr("is a folder"));
    if (info.size() > maxBytes)
        return fail(operation, path,
                    Text::tr("the file is %1 MB, larger than the %2 MB an editor opens")
                        .arg(info.size() / (qint64{1024} * 1024))
                        .arg(maxBytes / (qint64{1024} * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(operation, path, file.errorString());
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(operation, path, file.errorString());
    if (bytes.contains('\0'))
        return fail(operation, path, Text::tr("binary file (it contains NUL bytes)"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    TextDocument document{path, decoder.decode(bytes), bytes.startsWith("\xEF\xBB\xBF")};
    if (decoder.hasError())
        return fail(operation, path, Text::tr("the file is not UTF-8 text"));
    if (document.hadByteOrderMark && document.text.startsWith(QChar(0xFEFF)))
        document.text.remove(0, 1);
    return document;
}

Result<void> writeTextFile(const TextDocument& document)
{
    QByteArray bytes = document.text.toUtf8();
    if (document.hadByteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return writeFileSafely(document.path, bytes, Text::tr("save file"));
}

QFuture<Result<TextDocument>> readTextFileAsync(const QString& path)
{
    return QtConcurrent::run([path] { return readTextFile(path); });
}

QFuture<Result<void>> writeTextFileAsync(const TextDocument& document)
{
    return QtConcurrent::run([document] { return writeTextFile(document); });
}

} // namespace slipway
