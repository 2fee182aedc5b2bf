// The hook's stdin: any bytes Claude Code (or anything else) might send,
// parsed with and without redaction; and the same bytes as text for the
// redaction scanners, which must be idempotent (--redact-existing counts on it).
#include "hookcore/HookEvent.h"
#include "hookcore/ProjectRoot.h"
#include "hookcore/Redactor.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Redactor redactor = *Redactor::make({ "corp-[0-9a-f]{8}" }, nullptr);
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    std::string reason;
    for (const char *kind : { "post-tool-use", "session-start", "stop" }) {
        if (const auto event = HookEvent::parse(kind, bytes, &reason))
            ProjectRoot::resolve(event->cwd); // the project the hook files it under
        HookEvent::parse(kind, bytes, &reason, &redactor);
    }
    const std::string once = redactor.redact(std::string(bytes));
    int again = 0;
    if (redactor.redact(once, &again) != once || again != 0)
        std::abort();
    return 0;
}
