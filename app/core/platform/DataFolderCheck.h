#pragma once

#include <QString>

// Whether other users can read the data folder. The app never changes the
// mode of a folder it did not create (a --data-dir may be the user's own), so
// it says so instead, with the command that fixes it.
namespace DataFolderCheck {
// Empty when the folder is private (or missing: the app will create it 0700).
QString warning(const QString &dataDir);
} // namespace DataFolderCheck
