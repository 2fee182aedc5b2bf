// One stdout line of the CLI in stream-json mode.
#include "core/claude/StreamJson.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const StreamEvent e = StreamJson::classify(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    StreamJson::isAuthFailureText(e.text);
    return 0;
}
