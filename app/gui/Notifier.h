#pragma once

#include "core/status/StatusModel.h"

#include <QHash>

#include <optional>

// Decides when a state change deserves a desktop notification: only on
// transitions that need the user, once per real change. A state that comes
// and goes (a login the server refuses now and then) is said once, not at
// every turn; two notifications are never shown within a minute.
class Notifier
{
public:
    struct Message
    {
        QString title;
        QString body; // the CLI's words without their JSON (ReadableMessage)
        bool warning = false;
    };
    static constexpr qint64 kQuietMs = 60 * 1000; // no pair within a minute
    static constexpr qint64 kRepeatMs = 30 * 60 * 1000; // a problem back this soon is a flip-flop: not said again

    // Call with every new state; returns a message only on a transition that
    // needs attention.
    std::optional<Message> update(StatusModel::State state, const StatusModel &model);

private:
    static std::optional<Message> problemMessage(StatusModel::State state, const StatusModel &model);
    std::optional<Message> recoveryMessage(StatusModel::State state, const StatusModel &model) const;
    bool mayAnnounce(StatusModel::State state, qint64 now) const;

    std::optional<StatusModel::State> m_last;
    std::optional<StatusModel::State> m_problemSaid; // the problem the user was told about and that still holds
    QHash<int, qint64> m_saidAt; // state → when it was last said
    qint64 m_lastMessageAt = 0;
};
