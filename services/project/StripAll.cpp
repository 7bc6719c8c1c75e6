// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/StripAll.h"

#include "services/notebook/Notebook.h"
#include "services/project/NotebookCleaner.h"
#include "services/project/StripSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QPromise>
#include <QtConcurrentRun>

namespace slipway {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::StripAll)
};

} // namespace

QFuture<StripAllReport> stripNotebooksAsync(const QString& root, const QStringList& notebooks)
{
    return QtConcurrent::run([root, notebooks](QPromise<StripAllReport>& promise) {
        StripAllReport report;
        promise.setProgressRange(0, int(notebooks.size()));
        const auto options = stripOptionsFor(root);
        if (!options) {
            report.problems.append(options.error());
            promise.addResult(report);
            return;
        }
        const QDir dir(root);
        for (qsizetype i = 0; i < notebooks.size(); ++i) {
            if (promise.isCanceled()) {
                report.canceled = true;
                break;
            }
            const QString path = dir.filePath(notebooks[i]);
            promise.setProgressValueAndText(int(i), Text::tr("Stripping %1").arg(notebooks[i]));
            ++report.notebooks;
            const auto bytes = notebook::readNotebookBytes(path);
            auto cleaned = bytes ? cleanNotebook(*options, path, *bytes)
                                 : Result<QByteArray>(std::unexpected(bytes.error()));
            if (!cleaned) {
                report.problems.append(cleaned.error());
                continue;
            }
            const auto written = notebook::writeFileIfChanged(path, *cleaned);
            if (!written)
                report.problems.append(written.error());
            else if (*written)
                ++report.stripped;
        }
        promise.setProgressValue(int(notebooks.size()));
        promise.addResult(report);
    });
}

} // namespace slipway
