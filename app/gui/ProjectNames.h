#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Short names for project paths, for narrow places (the project filter, the
// Project column): the last path components ("~/notes", "…/acme/webshop"),
// one more while two projects would look alike, cut in the middle when still
// long. The full path belongs in a tooltip. A name the user gave a project
// (Settings → Projects) is shown instead.
class ProjectNames
{
public:
    static constexpr int kMaxChars = 40;

    void setPaths(const QStringList &paths, const QHash<QString, QString> &userNames = {});
    QString shortName(const QString &path) const;

private:
    static QString lastComponents(const QString &path, int count);
    static QString elideMiddle(const QString &name);

    QHash<QString, QString> m_names;
    QHash<QString, QString> m_userNames;
};
