// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/core/Error.h"

namespace slipway {

QString Error::toString() const
{
    if (path.isEmpty())
        return operation.isEmpty() ? message : operation + u": " + message;
    QString where = path;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + u": " + message;
}

} // namespace slipway
