// The hook's stdin: any bytes Claude Code (or anything else) might send.
#include "hookcore/HookEvent.h"

#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    std::string reason;
    for (const char *kind : { "post-tool-use", "session-start", "stop" })
        HookEvent::parse(kind, bytes, &reason);
    return 0;
}
