// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading slipway.yaml with yaml-cpp: errors at file:line:column naming the key (code "bad-config").
// Private to the readers of slipway.yaml (release channels, the pipeline); include it from .cpp files only.

#include "services/core/Error.h"

#include <QCoreApplication>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace slipway::yaml {

struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(slipway::yaml::Reader)
};

struct Reader
{
    QString file;

    Error at(const YAML::Node& node, const QString& message) const
    {
        Error e{ReaderText::tr("read slipway.yaml"), file, message};
        const YAML::Mark mark = node.Mark();
        if (!mark.is_null()) {
            e.line = mark.line + 1;
            e.column = mark.column + 1;
        }
        e.code = QStringLiteral("bad-config");
        return e;
    }

    static QString text(const YAML::Node& node) { return QString::fromStdString(node.Scalar()); }

    Result<QString> scalar(const YAML::Node& node, const QString& key) const
    {
        if (!node.IsScalar())
            return std::unexpected(at(node, ReaderText::tr("'%1' must be a text").arg(key)));
        return text(node);
    }

    // A text, or a list of texts (a lone text is a list of one).
    Result<QStringList> list(const YAML::Node& node, const QString& key) const
    {
        if (node.IsScalar())
            return QStringList{text(node)};
        if (!node.IsSequence())
            return std::unexpected(at(node, ReaderText::tr("'%1' must be a list of texts").arg(key)));
        QStringList values;
        for (const auto& item : node) {
            if (!item.IsScalar())
                return std::unexpected(at(item, ReaderText::tr("'%1' must be a list of texts").arg(key)));
            values << text(item);
        }
        return values;
    }

    Result<bool> boolean(const YAML::Node& node, const QString& key) const
    {
        const QString value = node.IsScalar() ? text(node) : QString();
        if (value == u"true" || value == u"yes")
            return true;
        if (value == u"false" || value == u"no")
            return false;
        return std::unexpected(at(node, ReaderText::tr("'%1' must be true or false").arg(key)));
    }

    // The keys of a mapping, each checked against `allowed`.
    Result<void> checkKeys(const YAML::Node& map, const QStringList& allowed, const QString& where) const
    {
        if (!map.IsMap())
            return std::unexpected(at(map, ReaderText::tr("'%1' must be a mapping").arg(where)));
        for (const auto& entry : map) {
            const QString key = text(entry.first);
            if (!entry.first.IsScalar() || !allowed.contains(key))
                return std::unexpected(
                    at(entry.first, ReaderText::tr("unknown key '%1' in %2 (expected one of: %3)")
                                        .arg(key, where, allowed.join(QStringLiteral(", ")))));
        }
        return {};
    }

    // yaml-cpp's own errors (syntax), at their position.
    Error fromException(const YAML::Exception& e) const
    {
        Error error{ReaderText::tr("read slipway.yaml"), file, QString::fromStdString(e.msg)};
        if (!e.mark.is_null()) {
            error.line = e.mark.line + 1;
            error.column = e.mark.column + 1;
        }
        error.code = QStringLiteral("bad-config");
        return error;
    }
};

} // namespace slipway::yaml
