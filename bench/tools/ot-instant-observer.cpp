// ot-instant-observer: a `claude` that answers at once (row 3), so the row
// measures our pipeline, not a model. Linked as `claude` into a folder on the
// app's PATH it says it is signed in, and answers every stream-json user
// message with one observation per <tool_use> in it.
//
// OT_RECEIPTS=FILE: for every message, appends "<CLOCK_REALTIME ns> <marker>..."
// (each "latmark-N" found in the message) the moment the line is read: the
// latency half of row 3 compares that with the hook's exit.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#include <string>
#include <unistd.h>

namespace {
long long realtimeNs()
{
    timespec ts {};
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

size_t countOf(const std::string &hay, const std::string &needle)
{
    size_t n = 0;
    for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size()))
        ++n;
    return n;
}

void writeReceipt(const char *path, long long ns, const std::string &line)
{
    std::string out = std::to_string(ns);
    const std::string tag = "latmark-";
    for (size_t at = line.find(tag); at != std::string::npos; at = line.find(tag, at + tag.size())) {
        size_t end = at + tag.size();
        while (end < line.size() && line[end] >= '0' && line[end] <= '9')
            ++end;
        out += ' ' + line.substr(at, end - at);
    }
    out += '\n';
    // One write per line, O_APPEND: the reader never sees half a receipt.
    if (FILE *f = std::fopen(path, "a")) {
        std::fwrite(out.data(), 1, out.size(), f);
        std::fclose(f);
    }
}
} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::cout << "2.1.330 (Claude Code)\n";
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "--help") == 0) {
        std::cout << "Usage: claude [options] [command] [prompt]\n\nOptions:\n  -p, --print\n"
                     "  --input-format <format>\n  --output-format <format>\n  --verbose\n"
                     "  --no-session-persistence\n  --tools <tools...>\n  --session-id <uuid>\n"
                     "  --setting-sources <sources>\n  --strict-mcp-config\n  --permission-mode <mode>\n"
                     "  --model <model>\n  --system-prompt <prompt>\n\nCommands:\n"
                     "  auth                  Manage authentication\n";
        return 0;
    }
    if (argc > 2 && std::strcmp(argv[1], "auth") == 0) {
        std::cout << R"({"loggedIn": true, "authMethod": "claude.ai", "apiProvider": "firstParty"})" << '\n';
        return 0;
    }
    const char *receipts = std::getenv("OT_RECEIPTS");
    std::ios::sync_with_stdio(false);
    std::string line;
    unsigned long answered = 0;
    while (std::getline(std::cin, line)) {
        if (receipts)
            writeReceipt(receipts, realtimeNs(), line);
        const size_t events = countOf(line, "<tool_use ");
        // Distinct titles: the store drops an observation it already has.
        std::string text;
        for (size_t i = 0; i < events; ++i)
            text += "<observation><type>change</type><title>instant " + std::to_string(getpid()) + '-'
                + std::to_string(++answered) + "</title><narrative>n</narrative></observation>";
        if (text.empty())
            text = "<skip/>";
        std::cout << R"({"type":"system","subtype":"init","session_id":"instant"})" << '\n'
                  << R"({"type":"assistant","message":{"role":"assistant","content":[{"type":"text","text":")" << text
                  << R"("}]}})" << '\n'
                  << R"({"type":"result","subtype":"success","is_error":false,"result":"ok"})" << '\n'
                  << std::flush;
    }
    return 0;
}
