// observer-tray-hook: Claude Code runs it with an event's JSON on stdin.
//   observer-tray-hook [--data-dir DIR] session-start|user-prompt-submit|post-tool-use|stop|session-end
// It queues the event and exits. It always exits 0: on any failure it prints
// one line to stderr, so a broken memory never blocks the user's session.
#include "AppPaths.h"
#include "HookEvent.h"
#include "HookRecorder.h"
#include "Settings.h"

#include <QByteArray>
#include <QString>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {
// Reads stdin up to the cap. Returns false when there was more (too large).
bool readStdin(QByteArray *out)
{
    out->reserve(64 * 1024);
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
        if (out->size() + n > HookEvent::kMaxStdinBytes)
            return false;
        out->append(buffer, n);
    }
}

void failLine(const QString &message)
{
    std::fprintf(
        stderr, "observer-tray-hook: %s\n", qPrintable(QString(message).replace(QLatin1Char('\n'), QLatin1Char(' '))));
}
} // namespace

int main(int argc, char **argv)
{
    // A full disk or a file-size limit must be an error we report, not a signal that kills us.
    std::signal(SIGXFSZ, SIG_IGN);
    // Observer sessions must never observe themselves.
    if (!qEnvironmentVariableIsEmpty("OBSERVER_TRAY_OBSERVER"))
        return 0;
    QString kind;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--data-dir") && i + 1 < argc)
            AppPaths::setDataDirOverride(QString::fromLocal8Bit(argv[++i]));
        else
            kind = arg;
    }
    QByteArray input;
    if (!readStdin(&input)) {
        failLine(QStringLiteral("the event is larger than %1 MB; not recorded").arg(HookEvent::kMaxStdinBytes >> 20));
        return 0;
    }
    const Settings settings;
    const HookRecorder::Result result = HookRecorder::run(kind, input, settings);
    if (result.outcome == HookRecorder::Outcome::Failed)
        failLine(result.message);
    if (!result.context.isEmpty())
        std::fputs(result.context.toUtf8().constData(), stdout);
    return 0;
}
