#pragma once

#include "core/status/StatusModel.h"

#include <optional>

// Decides when a state change deserves a desktop notification: only on
// transitions that need the user, never again while the state holds.
class Notifier
{
public:
    struct Message
    {
        QString title;
        QString body;
        bool warning = false;
    };
    // Call with every new state; returns a message only on a transition that
    // needs attention.
    std::optional<Message> update(StatusModel::State state, const StatusModel &model);

private:
    std::optional<StatusModel::State> m_last;
};
