// A fake `claude` for fault injection: what the real CLI cannot do on demand.
// FAKE_CLAUDE_MODE: ok | old | crash | hang | garbage | bigline | authfail3 | retry | exit | closeout
//                   | echo | instant | parrot | reject401 | error500 | limit429 | usage
// FAKE_CLAUDE_LOG: a file that gets one line per prompt received (to prove
// that an old-style CLI is never sent "auth status").
// instant (bench row 3, built there as ot-instant-observer): one observation
// per <tool_use> at once, so only our pipeline is measured;
// FAKE_CLAUDE_RECEIPTS=FILE gets "<CLOCK_REALTIME ns> <latmark-N>..." the
// moment each message is read.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <regex>
#include <string>
#include <thread>
#include <unistd.h>

namespace {
std::string mode()
{
    const char *m = std::getenv("FAKE_CLAUDE_MODE");
    return m ? m : "ok";
}

void logPrompt(const std::string &what)
{
    if (const char *path = std::getenv("FAKE_CLAUDE_LOG")) {
        std::ofstream(path, std::ios::app) << what << '\n';
    }
}

void emit(const std::string &line)
{
    std::cout << line << '\n' << std::flush;
}

void answer(int turn)
{
    emit(
        R"({"type":"system","subtype":"init","session_id":"fake","apiKeySource":"none","claude_code_version":"2.1.330"})");
    emit(
        R"({"type":"assistant","message":{"role":"assistant","content":[{"type":"text","text":"<observation><type>discovery</type><title>Fake turn )"
        + std::to_string(turn) + R"(</title><narrative>n</narrative></observation>"}]}})");
    emit(R"({"type":"result","subtype":"success","is_error":false,"result":"ok","session_id":"fake"})");
}

void authFailure()
{
    emit(
        R"({"type":"assistant","message":{"role":"assistant","model":"<synthetic>","content":[{"type":"text","text":"Not logged in · Please run /login"}]},"error":"authentication_failed"})");
    emit(R"({"type":"result","subtype":"success","is_error":true,"result":"Not logged in · Please run /login"})");
}

// The model repeats a tool output that happens to be the CLI's login message.
void parrotAnswer()
{
    emit(
        R"({"type":"assistant","message":{"role":"assistant","model":"claude-haiku-5-5","content":[{"type":"text","text":"Not logged in · Please run /login <observation><type>discovery</type><title>Script needs a login</title><narrative>The user's script printed a login message.</narrative></observation>"}]}})");
    emit(R"({"type":"result","subtype":"success","is_error":false,"result":"Not logged in · Please run /login"})");
}

// What 2.1.x prints when the server refuses the login (reference, 2026-12-02).
void rejectedLogin()
{
    emit(
        R"({"type":"system","subtype":"api_retry","attempt":1,"max_retries":10,"retry_delay_ms":50,"error_status":401,"error":"authentication_failed"})");
    emit(
        R"({"type":"assistant","message":{"role":"assistant","model":"<synthetic>","content":[{"type":"text","text":"Failed to authenticate. API Error: 401 {\"type\":\"error\"}"}]},"error":"authentication_failed","is_api_error_message":true})");
    emit(
        R"({"type":"result","subtype":"success","is_error":true,"api_error_status":401,"result":"Failed to authenticate. API Error: 401"})");
}

void usageLimit()
{
    emit(
        R"({"type":"assistant","message":{"role":"assistant","model":"<synthetic>","content":[{"type":"text","text":"API Error: 429 usage limit reached"}]},"error":"rate_limit","is_api_error_message":true})");
    emit(
        R"({"type":"result","subtype":"success","is_error":true,"api_error_status":429,"result":"API Error: 429 usage limit reached"})");
}

void serverError()
{
    emit(
        R"({"type":"assistant","message":{"role":"assistant","model":"<synthetic>","content":[{"type":"text","text":"API Error: 500 Internal server error"}]},"error":"server_error","is_api_error_message":true})");
    emit(
        R"({"type":"result","subtype":"success","is_error":true,"api_error_status":500,"result":"API Error: 500 Internal server error"})");
}

void spawnGrandchild()
{
    if (fork() == 0) {
        execlp("sleep", "sleep", "1000", nullptr);
        _exit(127);
    }
}

void writeReceipt(const char *path, const std::string &line)
{
    timespec ts {};
    clock_gettime(CLOCK_REALTIME, &ts);
    std::string out = std::to_string(ts.tv_sec * 1000000000LL + ts.tv_nsec);
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

// Distinct titles: the store drops an observation it already has.
void instantAnswer(const std::string &line, unsigned long *answered)
{
    std::string text;
    const std::string needle = "<tool_use ";
    for (size_t at = line.find(needle); at != std::string::npos; at = line.find(needle, at + needle.size()))
        text += "<observation><type>change</type><title>instant " + std::to_string(getpid()) + '-'
            + std::to_string(++*answered) + "</title><narrative>n</narrative></observation>";
    emit(R"({"type":"system","subtype":"init","session_id":"instant"})");
    emit(R"({"type":"assistant","message":{"role":"assistant","content":[{"type":"text","text":")"
        + (text.empty() ? std::string("<skip/>") : text) + R"("}]}})");
    emit(R"({"type":"result","subtype":"success","is_error":false,"result":"ok"})");
}

[[noreturn]] void hangForever()
{
    while (true)
        pause();
}
} // namespace

int main(int argc, char **argv)
{
    const std::string m = mode();
    const bool old = m == "old";
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::cout << (old ? "2.0.77" : "2.1.330") << " (Claude Code)\n";
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "--help") == 0) {
        std::cout << "Usage: claude [options] [command] [prompt]\n\nOptions:\n"
                     "  -p, --print\n  --input-format <format>\n  --output-format <format>\n  --verbose\n"
                  << (old ? "  --tools <tools...>\n" // 2.0.77 has it; 1.0.x does not (tst_cli_matrix runs that one)
                          : "  --no-session-persistence\n  --tools <tools...>\n  --session-id <uuid>\n")
                  << "  --setting-sources <sources>\n  --strict-mcp-config\n  --permission-mode <mode>\n"
                     "  --model <model>\n  --system-prompt <prompt>\n\nCommands:\n  config\n  mcp\n"
                  << (old ? "" : "  auth                  Manage authentication\n") << "  doctor\n";
        return 0;
    }
    if (argc > 2 && std::strcmp(argv[1], "auth") == 0) {
        if (old) { // an old CLI takes "auth status" as a prompt: it would cost tokens
            logPrompt("auth status");
            std::cout << "I am an AI and \"auth status\" is not something I can check.\n";
            return 0;
        }
        std::cout
            << R"({"loggedIn": true, "authMethod": "claude.ai", "apiProvider": "firstParty", "subscriptionType": "max"})"
            << '\n';
        return 0;
    }
    if (m == "exit")
        return 1;
    if (m == "usage") { // what 1.0.128 says to `--permission-mode dontAsk`, before reading stdin
        std::cerr << "error: option '--permission-mode <mode>' argument 'dontAsk' is invalid. Allowed choices are "
                     "acceptEdits, bypassPermissions, default, plan.\n";
        return 1;
    }
    if (m == "closeout") {
        std::fclose(stdout);
        ::close(STDOUT_FILENO);
        hangForever();
    }
    std::string line;
    int turn = 0;
    unsigned long answered = 0;
    const char *receipts = std::getenv("FAKE_CLAUDE_RECEIPTS");
    while (std::getline(std::cin, line)) {
        if (m == "instant") {
            if (receipts)
                writeReceipt(receipts, line);
            instantAnswer(line, &answered);
            continue;
        }
        ++turn;
        logPrompt(line);
        if (m == "crash") {
            emit(R"({"type":"system","subtype":"init","session_id":"fake"})");
            std::cout << R"({"type":"assistant","message":{"content":[{"type":"text","text":"half an ans)"
                      << std::flush;
            std::abort();
        } else if (m == "hang") {
            spawnGrandchild();
            hangForever();
        } else if (m == "garbage") {
            emit("this is not json");
            emit(R"({"type":"assistant", "unterminated)");
            std::cout << "\x01\x02\xff binary\n" << std::flush;
            answer(turn);
        } else if (m == "bigline") {
            std::string big(6 * 1024 * 1024, 'x');
            emit(big);
            answer(turn);
        } else if (m == "echo") {
            // One observation per event in the batch, named after the event's
            // "i": the reliability tests count them to prove exactly-once.
            // FAKE_CLAUDE_ANSWER_DELAY_MS: think like a real observer does, so a
            // test can stop the app mid-drain.
            if (const char *delay = std::getenv("FAKE_CLAUDE_ANSWER_DELAY_MS"))
                std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(delay)));
            emit(R"({"type":"system","subtype":"init","session_id":"fake"})");
            std::string text;
            static const std::regex re(R"re(\\"i\\":(\d+))re");
            for (auto it = std::sregex_iterator(line.begin(), line.end(), re); it != std::sregex_iterator(); ++it)
                text += "<observation><type>change</type><title>event " + (*it)[1].str()
                    + "</title><narrative>n</narrative></observation>";
            if (text.empty())
                text = "<skip/>";
            emit(R"({"type":"assistant","message":{"role":"assistant","content":[{"type":"text","text":")" + text
                + R"("}]}})");
            emit(R"({"type":"result","subtype":"success","is_error":false,"result":"ok"})");
        } else if (m == "authfail3" && turn >= 3) {
            authFailure();
            return 1;
        } else if (m == "parrot") {
            parrotAnswer();
        } else if (m == "reject401") {
            rejectedLogin();
        } else if (m == "limit429") {
            usageLimit();
        } else if (m == "error500") {
            serverError();
        } else if (m == "retry") {
            spawnGrandchild();
            for (int attempt = 1;; ++attempt) {
                emit(R"({"type":"system","subtype":"api_retry","attempt":)" + std::to_string(attempt)
                    + R"(,"max_retries":10,"retry_delay_ms":50,"error_status":null,"error":"unknown"})");
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        } else {
            answer(turn);
        }
    }
    return 0;
}
