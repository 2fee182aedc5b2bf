// A user's settings.json, merged, unmerged and checked. Whatever it holds, we
// never crash, and a file we refuse stays byte-identical.
#include "core/capture/HookInstaller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString dir
        = QDir::tempPath() + QStringLiteral("/ot-fuzz-settings-%1").arg(QCoreApplication::applicationPid());
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/settings.json");
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(input);
    }
    HookInstaller installer(path, QStringLiteral("/opt/o t/observer-tray-hook"));
    const HookInstaller::Result r = installer.install();
    if (!r.ok) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll() != input)
            std::abort(); // a refused file must be left exactly as it was
    } else {
        // Every key but "hooks" is kept, value for value.
        const QJsonObject before = QJsonDocument::fromJson(input).object();
        QFile f(path);
        const QJsonObject after
            = QJsonDocument::fromJson(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray()).object();
        for (const QString &key : before.keys())
            if (key != QLatin1String("hooks") && after.value(key) != before.value(key))
                std::abort();
        installer.status();
        installer.uninstall();
    }
    return 0;
}
