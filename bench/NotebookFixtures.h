#pragma once

#include <QByteArray>

namespace slipway::bench {

// A generated notebook of about `megabytes` MB: 2,000+ code cells with source, stdout streams, long
// text/plain results and base64 PNG display_data, written the way nbformat writes (1-space indent).
QByteArray generatedNotebook(int megabytes);

} // namespace slipway::bench
