// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/dist/Artifact.h"

#include <QCoreApplication>

namespace slipway::dist {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::dist::CoreMetadata)
};

} // namespace

CoreMetadata CoreMetadata::parse(const QByteArray& bytes)
{
    CoreMetadata m;
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    QList<std::pair<QString, QString>> headers;
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // the body follows
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !headers.isEmpty()) {
            // A continuation line; in the old Description header each is "        |text".
            QString text = line.trimmed();
            if (text.startsWith(u'|'))
                text.remove(0, 1);
            headers.last().second += u'\n' + text;
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            m.problems.append(Text::tr("line %1 is not a \"Name: value\" header: %2").arg(i + 1).arg(line));
            continue;
        }
        headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    for (const auto& [key, value] : std::as_const(headers)) {
        if (key == u"metadata-version")
            m.metadataVersion = value;
        else if (key == u"name")
            m.name = value;
        else if (key == u"version")
            m.version = value;
        else if (key == u"summary")
            m.summary = value;
        else if (key == u"requires-python")
            m.requiresPython = value;
        else if (key == u"requires-dist")
            m.requiresDist.append(value);
        else if (key == u"provides-extra")
            m.providesExtra.append(value);
        else if (key == u"description-content-type")
            m.descriptionContentType = value;
        else if (key == u"description")
            m.description = value;
        else if (key == u"license" || (key == u"license-expression" && m.license.isEmpty()))
            m.license = value;
    }
    if (i + 1 < lines.size()) {
        const QString body = lines.mid(i + 1).join(u'\n').trimmed();
        if (!body.isEmpty())
            m.description = body;
    }
    return m;
}

} // namespace slipway::dist
