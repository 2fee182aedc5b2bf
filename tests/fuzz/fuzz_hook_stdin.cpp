// The hook's stdin: any bytes Claude Code (or anything else) might send.
#include "hookcore/HookEvent.h"
#include "hookcore/ProjectRoot.h"

#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    std::string reason;
    for (const char *kind : { "post-tool-use", "session-start", "stop" })
        if (const auto event = HookEvent::parse(kind, bytes, &reason))
            ProjectRoot::resolve(event->cwd); // the project the hook files it under
    return 0;
}
