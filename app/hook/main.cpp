// observer-tray-hook: Claude Code runs it with an event's JSON on stdin.
//   observer-tray-hook [--data-dir DIR] session-start|user-prompt-submit|post-tool-use|stop|session-end
// It queues the event and exits. It always exits 0: on any failure it prints
// one line to stderr, so a broken memory never blocks the user's session.
//
// It runs on every tool call, so it is built without Qt (HookFront and the
// rest of observer-tray-hookcore). What needs the app's code, a database to
// create or migrate or a new session's context, it hands to
// `observer-tray --record-event KIND` by exec, the event bytes as its stdin.
#include "hookcore/HookEvent.h"
#include "hookcore/HookFront.h"
#include "hookcore/HookPaths.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

namespace {
// Reads stdin up to the cap. Returns false when there was more (too large).
bool readStdin(std::string *out)
{
    char buffer[64 * 1024];
    while (true) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n == 0)
            return true;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return true;
        }
        if (out->size() + size_t(n) > HookEvent::kMaxStdinBytes)
            return false;
        out->append(buffer, size_t(n));
    }
}

void failLine(std::string message)
{
    for (char &c : message)
        if (c == '\n')
            c = ' ';
    std::fprintf(stderr, "observer-tray-hook: %s\n", message.c_str());
}

bool isExecutable(const std::string &path)
{
    return !path.empty() && ::access(path.c_str(), X_OK) == 0;
}

// The app beside this hook (installed layout), else the build tree's, else PATH.
std::string appPath()
{
    std::string self(4096, '\0');
    const ssize_t n = ::readlink("/proc/self/exe", self.data(), self.size() - 1);
    if (n > 0) {
        self.resize(size_t(n));
        const std::string sibling = self.substr(0, self.rfind('/') + 1) + "observer-tray";
        if (isExecutable(sibling))
            return sibling;
    }
#ifdef OT_BUILD_TREE_APP
    if (isExecutable(OT_BUILD_TREE_APP))
        return OT_BUILD_TREE_APP;
#endif
    return "observer-tray";
}

// Replaces this process with the app's full path; returns only on failure.
void handOver(const std::string &kind, const std::string &dataDir, const std::string &input)
{
    const int fd = ::memfd_create("observer-tray-event", 0);
    if (fd < 0 || ::write(fd, input.data(), input.size()) != ssize_t(input.size()) || ::lseek(fd, 0, SEEK_SET) != 0
        || ::dup2(fd, STDIN_FILENO) < 0) {
        failLine(
            std::string("cannot hand the event to observer-tray (") + std::strerror(errno) + "); event not recorded");
        return;
    }
    ::close(fd);
    const std::string app = appPath();
    std::vector<const char *> argv { app.c_str(), "--record-event", kind.c_str(), "--data-dir", dataDir.c_str(),
        nullptr };
    ::execvp(app.c_str(), const_cast<char *const *>(argv.data()));
    failLine("cannot start " + app + " (" + std::strerror(errno)
        + ") to record the event; reinstall Observer Tray so observer-tray sits beside observer-tray-hook");
}
} // namespace

int main(int argc, char **argv)
{
    // A full disk or a file-size limit must be an error we report, not a signal that kills us.
    std::signal(SIGXFSZ, SIG_IGN);
    // Observer sessions must never observe themselves.
    if (const char *marker = std::getenv("OBSERVER_TRAY_OBSERVER"); marker && *marker)
        return 0;
    std::string kind;
    std::string dataDirArgument;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--data-dir" && i + 1 < argc)
            dataDirArgument = argv[++i];
        else
            kind = arg;
    }
    std::string input;
    input.reserve(64 * 1024);
    if (!readStdin(&input)) {
        failLine("the event is larger than " + std::to_string(HookEvent::kMaxStdinBytes >> 20) + " MB; not recorded");
        return 0;
    }
    const std::string dataDir = HookPaths::dataDir(dataDirArgument);
    const HookFront::Result result = HookFront::run(kind, input, dataDir, HookPaths::configDir());
    switch (result.outcome) {
    case HookFront::Outcome::Recorded:
    case HookFront::Outcome::Skipped:
        break;
    case HookFront::Outcome::Failed:
        failLine(result.message);
        break;
    case HookFront::Outcome::NeedsFullPath:
        handOver(kind, dataDir, input);
        break;
    }
    return 0;
}
