// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/release/ChannelConfig.h"

#include "services/release/YamlReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace slipway::release {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::ChannelConfig)
};

struct Reader : yaml::Reader
{
    Result<Channel> channel(const YAML::Node& nameNode, const YAML::Node& node) const
    {
        Channel c;
        c.name = text(nameNode);
        c.line = nameNode.Mark().line + 1;
        static const QRegularExpression validName(u"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"_s);
        if (!validName.match(c.name).hasMatch())
            return std::unexpected(
                at(nameNode, Text::tr("channel name '%1': letters, digits, '-' and '_' only").arg(c.name)));
        const QString where = u"channels."_s + c.name;
        if (auto ok = checkKeys(node, {u"url"_s, u"upload"_s, u"index"_s}, where); !ok)
            return std::unexpected(ok.error());
        if (!node["url"])
            return std::unexpected(at(node, Text::tr("%1 has no 'url'").arg(where)));
        auto url = scalar(node["url"], where + u".url"_s);
        if (!url)
            return std::unexpected(url.error());
        QString root = *url;
        if (!root.endsWith(u'/'))
            root += u'/';
        c.url = QUrl(root, QUrl::StrictMode);
        const QString scheme = c.url.scheme();
        if (!c.url.isValid() || (scheme != u"https" && scheme != u"http" && scheme != u"file"))
            return std::unexpected(at(
                node["url"], Text::tr("%1.url: '%2' is not an http(s):// or file:// URL").arg(where, *url)));
        if (!c.url.userInfo().isEmpty())
            return std::unexpected(at(
                node["url"], Text::tr("%1.url carries credentials: put them in SLIPWAY_%2_USERNAME and "
                                      "SLIPWAY_%2_PASSWORD, ~/.netrc or the keychain, never in slipway.yaml")
                                 .arg(where, c.environmentPrefix().mid(8))));
        QString kind = scheme == u"file" ? u"folder"_s : u"webdav"_s;
        if (node["upload"]) {
            auto k = scalar(node["upload"], where + u".upload"_s);
            if (!k)
                return std::unexpected(k.error());
            kind = *k;
        }
        static const QStringList kinds{u"webdav"_s, u"folder"_s, u"legacy"_s, u"devpi"_s};
        const qsizetype index = kinds.indexOf(kind);
        if (index < 0)
            return std::unexpected(
                at(node["upload"], Text::tr("%1.upload: unknown kind '%2' (expected one of: %3)")
                                       .arg(where, kind, kinds.join(u", "_s))));
        c.upload = static_cast<UploadKind>(index);
        if ((c.upload == UploadKind::Folder) != (scheme == u"file"))
            return std::unexpected(at(node["url"], Text::tr("%1: a folder channel needs a file:// URL, the "
                                                            "others http:// or https://")
                                                       .arg(where)));
        if (node["index"]) {
            auto i = scalar(node["index"], where + u".index"_s);
            if (!i)
                return std::unexpected(i.error());
            QString indexRoot = *i;
            if (!indexRoot.endsWith(u'/'))
                indexRoot += u'/';
            c.indexUrl = QUrl(indexRoot, QUrl::StrictMode);
            if (!c.indexUrl.isValid() || c.indexUrl.scheme().isEmpty())
                return std::unexpected(
                    at(node["index"], Text::tr("%1.index: '%2' is not a URL").arg(where, *i)));
        } else {
            c.indexUrl = c.url.resolved(QUrl(c.upload == UploadKind::Devpi ? u"+simple/"_s : u"simple/"_s));
        }
        return c;
    }

    Result<PromotionRule> rule(const YAML::Node& node, const ReleaseConfig& config) const
    {
        if (auto ok = checkKeys(node, {u"from"_s, u"to"_s, u"requires"_s}, u"a promotion rule"_s); !ok)
            return std::unexpected(ok.error());
        PromotionRule r;
        for (const char* key : {"from", "to"}) {
            const QString name = QString::fromLatin1(key);
            if (!node[key])
                return std::unexpected(at(node, Text::tr("the promotion rule has no '%1'").arg(name)));
            auto value = scalar(node[key], name);
            if (!value)
                return std::unexpected(value.error());
            if (!config.channel(*value))
                return std::unexpected(
                    at(node[key], Text::tr("promotion.%1: no channel named '%2'").arg(name, *value)));
            (name == u"from" ? r.from : r.to) = *value;
        }
        if (const YAML::Node gates = node["requires"]) {
            if (!gates.IsSequence())
                return std::unexpected(at(gates, Text::tr("promotion.requires must be a list")));
            for (const auto& gate : gates) {
                const QString name = text(gate);
                if (!gate.IsScalar() || !knownGates().contains(name))
                    return std::unexpected(at(gate, Text::tr("promotion.requires: unknown gate '%1' "
                                                             "(expected one of: %2)")
                                                        .arg(name, knownGates().join(u", "_s))));
                r.gates << name;
            }
        }
        return r;
    }

    Result<ReleaseConfig> read(const YAML::Node& root) const
    {
        ReleaseConfig config;
        config.file = file;
        if (root.IsNull())
            return config;
        if (auto ok = checkKeys(root, {u"channels"_s, u"promotion"_s, u"pipeline"_s}, u"slipway.yaml"_s); !ok)
            return std::unexpected(ok.error());
        if (const YAML::Node channels = root["channels"]) {
            if (!channels.IsMap())
                return std::unexpected(at(channels, Text::tr("'channels' must be a mapping of names")));
            for (const auto& entry : channels) {
                auto c = channel(entry.first, entry.second);
                if (!c)
                    return std::unexpected(c.error());
                if (config.channel(c->name))
                    return std::unexpected(at(entry.first, Text::tr("channel '%1' twice").arg(c->name)));
                config.channels << *c;
            }
        }
        if (const YAML::Node rules = root["promotion"]) {
            if (!rules.IsSequence())
                return std::unexpected(at(rules, Text::tr("'promotion' must be a list of rules")));
            for (const auto& node : rules) {
                auto r = rule(node, config);
                if (!r)
                    return std::unexpected(r.error());
                config.promotions << *r;
            }
        }
        return config;
    }
};

} // namespace

QString uploadKindName(UploadKind kind)
{
    switch (kind) {
    case UploadKind::WebDav:
        return u"webdav"_s;
    case UploadKind::Folder:
        return u"folder"_s;
    case UploadKind::Legacy:
        return u"legacy"_s;
    case UploadKind::Devpi:
        return u"devpi"_s;
    }
    return {};
}

QString Channel::environmentPrefix() const
{
    return u"SLIPWAY_"_s + name.toUpper().replace(u'-', u'_');
}

const Channel* ReleaseConfig::channel(const QString& name) const
{
    for (const Channel& c : channels)
        if (c.name == name)
            return &c;
    return nullptr;
}

const PromotionRule* ReleaseConfig::rule(const QString& from, const QString& to) const
{
    for (const PromotionRule& r : promotions)
        if (r.from == from && r.to == to)
            return &r;
    return nullptr;
}

const QStringList& knownGates()
{
    static const QStringList gates{u"installed-tests"_s, u"final-version"_s, u"signed-tag"_s,
                                   u"same-commit"_s};
    return gates;
}

Result<ReleaseConfig> parseReleaseConfig(const QByteArray& yaml, const QString& fileName)
{
    const Reader reader{{fileName}};
    if (yaml.size() > maxConfigBytes)
        return fail(Text::tr("read slipway.yaml"), fileName,
                    Text::tr("larger than %1 MiB: not read").arg(maxConfigBytes >> 20));
    try {
        return reader.read(YAML::Load(yaml.toStdString()));
    } catch (const YAML::Exception& e) {
        return std::unexpected(reader.fromException(e));
    }
}

Result<ReleaseConfig> loadReleaseConfig(const QString& projectRoot)
{
    const QString path = QDir(projectRoot).filePath(u"slipway.yaml"_s);
    QFile file(path);
    if (!file.exists())
        return ReleaseConfig{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("read slipway.yaml"), path, file.errorString());
    return parseReleaseConfig(file.read(maxConfigBytes + 1), path);
}

} // namespace slipway::release
