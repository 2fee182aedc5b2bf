#include "core/platform/Settings.h"

// What the Qt-free hook reads: the capture keys, kept in capture.json
// (CaptureSettings), not in the INI file.

namespace {
QStringList toQt(const std::vector<std::string> &list)
{
    QStringList out;
    for (const std::string &s : list)
        out << QString::fromStdString(s);
    return out;
}

std::vector<std::string> fromQt(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}
} // namespace

// The capture keys live in capture.json (CaptureSettings), which the Qt-free
// hook reads on every event; read fresh each time, written atomically.
CaptureSettings Settings::capture() const
{
    return CaptureSettings::load(m_capturePath);
}

void Settings::updateCapture(const std::function<void(CaptureSettings &)> &change)
{
    CaptureSettings c = capture();
    change(c);
    c.save(m_capturePath);
}

QStringList Settings::defaultSkippedTools()
{
    return toQt(CaptureSettings::defaultSkippedTools());
}

QStringList Settings::skippedTools() const
{
    return toQt(capture().skippedTools);
}
void Settings::setSkippedTools(const QStringList &tools)
{
    updateCapture([&tools](CaptureSettings &c) { c.skippedTools = fromQt(tools); });
}

QStringList Settings::excludedProjects() const
{
    return toQt(capture().excludedProjects);
}
void Settings::setExcludedProjects(const QStringList &paths)
{
    updateCapture([&paths](CaptureSettings &c) { c.excludedProjects = fromQt(paths); });
}

bool Settings::isProjectExcluded(const QString &cwd) const
{
    return capture().isProjectExcluded(cwd.toStdString());
}

QString Settings::excludedProjectAsMatched(const QString &typed)
{
    return QString::fromStdString(CaptureSettings::matchedPath(typed.toStdString()));
}

bool Settings::redactSecrets() const
{
    return capture().redactSecrets;
}
void Settings::setRedactSecrets(bool on)
{
    updateCapture([on](CaptureSettings &c) { c.redactSecrets = on; });
}

QStringList Settings::redactPatterns() const
{
    return toQt(capture().redactPatterns);
}
bool Settings::setRedactPatterns(const QStringList &patterns, QString *error)
{
    std::string problem;
    if (!Redactor::make(fromQt(patterns), &problem)) {
        if (error)
            *error = QString::fromStdString(problem);
        return false;
    }
    updateCapture([&patterns](CaptureSettings &c) { c.redactPatterns = fromQt(patterns); });
    return true;
}

std::optional<Redactor> Settings::redactor() const
{
    std::string ignored; // a bad pattern hand-edited into the file: the built-in rules still apply
    const CaptureSettings c = capture();
    if (!c.redactSecrets)
        return std::nullopt;
    std::optional<Redactor> r = Redactor::make(c.redactPatterns, &ignored);
    return r ? r : Redactor::make({}, &ignored);
}

ProjectMap Settings::projectMap() const
{
    return capture().projects;
}
void Settings::setProjectMap(const ProjectMap &map)
{
    updateCapture([&map](CaptureSettings &c) { c.projects = map; });
}

QHash<QString, QString> Settings::projectNames() const
{
    QHash<QString, QString> out;
    for (const auto &[project, name] : capture().projects.names)
        out.insert(QString::fromStdString(project), QString::fromStdString(name));
    return out;
}
