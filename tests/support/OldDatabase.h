#pragma once

#include <QString>
#include <QStringList>

// A database as an older release wrote it (schema `version`, 1 or 2), with
// memory filed under raw cwds: per folder, `observationsPerFolder`
// observations (narrative "zebrafish narrative"), one summary, one queued
// event and one observer run.
namespace OldDatabase {
bool make(const QString &path, int version, const QStringList &folders, int observationsPerFolder);
} // namespace OldDatabase
