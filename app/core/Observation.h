#pragma once

#include <QString>
#include <QStringList>

// What an observer reports about one piece of work.
struct Observation
{
    qint64 id = 0;
    QString userSessionId;
    QString project;
    QString type; // bugfix, feature, refactor, change, discovery, decision, or anything the model chose
    QString title;
    QString subtitle;
    QStringList facts;
    QString narrative;
    QStringList concepts;
    QStringList filesRead;
    QStringList filesModified;
    qint64 createdAt = 0;

    // Same session + same content = same observation: a replay after a crash
    // stores nothing twice.
    QString contentHash() const;
};

// What an observer reports at the end of a user session's turn.
struct SessionSummary
{
    qint64 id = 0;
    QString userSessionId;
    QString project;
    QString request;
    QString investigated;
    QString learned;
    QString completed;
    QString nextSteps;
    qint64 createdAt = 0;

    QString contentHash() const;
    bool isEmpty() const
    {
        return request.isEmpty() && investigated.isEmpty() && learned.isEmpty() && completed.isEmpty()
            && nextSteps.isEmpty();
    }
};
