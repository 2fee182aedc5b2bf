#pragma once

#include <string>

// The hook's doorbell: after an enqueue it touches the queue's wake file and
// the app, watching it with inotify (QueueWatcher), drains. No polling.
namespace WakeFile {
bool ring(const std::string &path);
}
