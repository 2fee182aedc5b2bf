// ot-hook-storm: W parallel writers, each running a hook command N times in a
// row with its own payload on stdin, as W Claude Code sessions would (row 2).
// Every payload is the template with @ID@ replaced by "<writer>-<event>" and
// @W@ by the writer's number in two digits (one session per writer), so each event is distinct and
// a lost one can be counted.
//
//   ot-hook-storm --writers 16 --events 1000 --payload FILE -- HOOK [ARGS...]
//
// Prints one JSON line: wall seconds, events/s, failed runs, latency figures.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {
using Clock = std::chrono::steady_clock;

struct Result
{
    std::vector<double> latenciesMs;
    int failed = 0;
};

// Runs argv once with input on stdin; true when it exited 0.
bool runOnce(char *const argv[], const std::string &input)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[0]);
    if (rc != 0) {
        close(fds[1]);
        return false;
    }
    size_t off = 0;
    while (off < input.size()) {
        const ssize_t n = write(fds[1], input.data() + off, input.size() - off);
        if (n <= 0)
            break; // the hook may close stdin early; its exit status decides
        off += size_t(n);
    }
    close(fds[1]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::string substitute(std::string s, const std::string &token, const std::string &value)
{
    for (size_t at = s.find(token); at != std::string::npos; at = s.find(token, at + value.size()))
        s.replace(at, token.size(), value);
    return s;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}
} // namespace

int main(int argc, char **argv)
{
    int writers = 16, events = 1000;
    std::string payloadFile;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--writers" && i + 1 < argc)
            writers = std::atoi(argv[++i]);
        else if (a == "--events" && i + 1 < argc)
            events = std::atoi(argv[++i]);
        else if (a == "--payload" && i + 1 < argc)
            payloadFile = argv[++i];
        else if (a == "--") {
            ++i;
            break;
        } else {
            std::fprintf(stderr, "usage: ot-hook-storm --writers W --events N --payload FILE -- HOOK [ARGS...]\n");
            return 2;
        }
    }
    if (i >= argc || payloadFile.empty() || writers < 1 || events < 1) {
        std::fprintf(stderr, "usage: ot-hook-storm --writers W --events N --payload FILE -- HOOK [ARGS...]\n");
        return 2;
    }
    std::ifstream in(payloadFile, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string tmpl = ss.str();
    if (tmpl.find("@ID@") == std::string::npos) {
        std::fprintf(stderr, "ot-hook-storm: the payload template has no @ID@\n");
        return 2;
    }
    char *const *hookArgv = argv + i;

    std::vector<Result> results(static_cast<size_t>(writers));
    std::vector<std::thread> threads;
    const auto start = Clock::now();
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            Result &r = results[size_t(w)];
            r.latenciesMs.reserve(size_t(events));
            std::string writer = std::to_string(w);
            if (writer.size() < 2)
                writer.insert(writer.begin(), '0');
            for (int e = 0; e < events; ++e) {
                const std::string payload = substitute(
                    substitute(tmpl, "@ID@", std::to_string(w) + "-" + std::to_string(e)), "@W@", writer);
                const auto t0 = Clock::now();
                if (!runOnce(hookArgv, payload))
                    ++r.failed;
                r.latenciesMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            }
        });
    }
    for (auto &t : threads)
        t.join();
    const double wall = std::chrono::duration<double>(Clock::now() - start).count();
    std::vector<double> all;
    int failed = 0;
    for (const Result &r : results) {
        all.insert(all.end(), r.latenciesMs.begin(), r.latenciesMs.end());
        failed += r.failed;
    }
    const double total = double(writers) * events;
    std::printf("{\"writers\": %d, \"events_per_writer\": %d, \"events\": %.0f, \"wall_s\": %.3f, "
                "\"events_per_s\": %.1f, \"failed_runs\": %d, \"latency_ms_median\": %.2f, "
                "\"latency_ms_p99\": %.2f, \"latency_ms_max\": %.2f}\n",
                writers, events, total, wall, total / wall, failed, percentile(all, 0.5), percentile(all, 0.99),
                percentile(all, 1.0));
    return failed == 0 ? 0 : 1;
}
