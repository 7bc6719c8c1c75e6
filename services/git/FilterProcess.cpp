// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/FilterProcess.h"

#include <QIODevice>

#include <optional>
#include <vector>

namespace slipway::git {

namespace {

constexpr qsizetype maxPacketData = 65516; // 65520 minus the 4-byte length header

// Reads exactly `size` bytes from a blocking device (a pipe delivers in pieces); false at end of input.
bool readExactly(QIODevice& in, char* data, qsizetype size)
{
    while (size > 0) {
        const qint64 n = in.read(data, size);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// One pkt-line: its payload, or nullopt for a flush packet ("0000"). Sets `ended` at end of input.
std::optional<QByteArray> readPacket(QIODevice& in, bool& ended)
{
    char header[4];
    if (!readExactly(in, header, 4)) {
        ended = true;
        return std::nullopt;
    }
    bool ok = false;
    const int length = QByteArray(header, 4).toInt(&ok, 16);
    if (!ok || (length != 0 && length < 4)) {
        ended = true;
        return std::nullopt;
    }
    if (length == 0)
        return std::nullopt;
    QByteArray payload(length - 4, Qt::Uninitialized);
    if (!readExactly(in, payload.data(), payload.size())) {
        ended = true;
        return std::nullopt;
    }
    return payload;
}

// Text packets up to the next flush, without their trailing newlines; nullopt at the end of input or past
// `maxLines` (a peer that never flushes).
std::optional<std::vector<QByteArray>> readTextList(QIODevice& in, int maxLines = 256)
{
    std::vector<QByteArray> lines;
    bool ended = false;
    while (true) {
        auto packet = readPacket(in, ended);
        if (ended || int(lines.size()) >= maxLines)
            return std::nullopt;
        if (!packet)
            return lines;
        if (packet->endsWith('\n'))
            packet->chop(1);
        lines.push_back(*packet);
    }
}

bool writePacket(QIODevice& out, QByteArrayView payload)
{
    const QByteArray header = QByteArray::number(payload.size() + 4, 16).rightJustified(4, '0');
    return out.write(header) == 4 && out.write(payload.data(), payload.size()) == payload.size();
}

bool writeFlush(QIODevice& out)
{
    return out.write("0000", 4) == 4;
}

bool writeText(QIODevice& out, const QByteArray& line)
{
    return writePacket(out, QByteArray(line + '\n'));
}

} // namespace

bool serveFilterProcess(QIODevice& in, QIODevice& out, const FilterHandler& handler,
                        const std::function<void(const QString&)>& report, const FilterLimits& limits)
{
    // Handshake: git introduces itself and its versions; we answer with ours.
    const auto welcome = readTextList(in);
    if (!welcome || welcome->empty() || welcome->front() != "git-filter-client" ||
        std::ranges::find(*welcome, QByteArray("version=2")) == welcome->end()) {
        report(QStringLiteral("git filter protocol: expected git-filter-client with version=2"));
        return false;
    }
    if (!writeText(out, "git-filter-server") || !writeText(out, "version=2") || !writeFlush(out))
        return false;
    const auto capabilities = readTextList(in);
    if (!capabilities ||
        std::ranges::find(*capabilities, QByteArray("capability=clean")) == capabilities->end()) {
        report(QStringLiteral("git filter protocol: git did not offer the clean capability"));
        return false;
    }
    // Smudge too, as a pass-through (the `smudge = cat` of the single-shot setup): with
    // filter.<driver>.required, git refuses a checkout or a textconv of a stored blob when the process
    // filter cannot smudge.
    const bool smudge =
        std::ranges::find(*capabilities, QByteArray("capability=smudge")) != capabilities->end();
    if (!writeText(out, "capability=clean") || (smudge && !writeText(out, "capability=smudge")) ||
        !writeFlush(out))
        return false;

    while (true) {
        const auto header = readTextList(in, limits.maxHeaderLines);
        if (!header)
            return in.atEnd(); // git closed the pipe: done (or a header without end: broken)
        FilterRequest request;
        for (const QByteArray& line : *header) {
            if (line.startsWith("command="))
                request.command = QString::fromUtf8(line.mid(8));
            else if (line.startsWith("pathname="))
                request.pathname = QString::fromUtf8(line.mid(9));
        }
        bool ended = false;
        bool tooLarge = false;
        while (auto packet = readPacket(in, ended)) {
            if (request.content.size() + packet->size() > limits.maxContentBytes) {
                tooLarge = true;
                request.content.clear();
            }
            if (!tooLarge)
                request.content += *packet;
        }
        if (ended)
            return false;

        Result<QByteArray> result =
            tooLarge                      ? fail(QStringLiteral("filter"), request.pathname,
                                                 QStringLiteral("larger than %1 bytes: not filtered").arg(limits.maxContentBytes))
            : request.command == u"clean" ? handler(request)
            : request.command == u"smudge"
                ? Result<QByteArray>(request.content)
                : fail(QStringLiteral("filter"), request.pathname,
                       QStringLiteral("unsupported command %1").arg(request.command));
        if (!result) {
            report(result.error().toString());
            if (!writeText(out, "status=error") || !writeFlush(out))
                return false;
            continue;
        }
        if (!writeText(out, "status=success") || !writeFlush(out))
            return false;
        for (qsizetype offset = 0; offset < result->size(); offset += maxPacketData)
            if (!writePacket(out, QByteArrayView(*result).sliced(
                                      offset, std::min(maxPacketData, result->size() - offset))))
                return false;
        if (!writeFlush(out) || !writeFlush(out)) // end of content, then an empty list: status unchanged
            return false;
    }
}

} // namespace slipway::git
