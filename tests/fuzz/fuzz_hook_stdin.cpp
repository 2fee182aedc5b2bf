// The hook's stdin: any bytes Claude Code (or anything else) might send.
#include "HookEvent.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString reason;
    for (const char *kind : {"post-tool-use", "session-start", "stop"})
        HookEvent::parse(QString::fromLatin1(kind), bytes, &reason);
    return 0;
}
