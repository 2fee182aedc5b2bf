#pragma once

#include "core/queue/QueuedEvent.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>

// Turns one observer answer into stored observations: parses it, attributes
// what it found to the user session and project it observed, commits it
// together with the acknowledgement of the turn's events, and watches for an
// observer that keeps answering without an observation block (stalled).
// What happens to events that could not be committed is the caller's call.
class AnswerRecorder : public QObject
{
    Q_OBJECT
public:
    // One turn an observer answered: whose it was and what was sent.
    struct Turn
    {
        QString userSessionId;
        QString project;
        qint64 runId = 0; // ObserverRunLog's row of the observer that answered
        QList<QueuedEvent> events;
    };

    // stallAfter: answers in a row without a block that make it stalled.
    AnswerRecorder(QSqlDatabase db, int stallAfter, QObject *parent = nullptr);

    // Commits the answer and acknowledges the turn's events in one
    // transaction; false with *error set when nothing was stored (the events
    // are left as they are).
    bool record(const Turn &turn, const QString &answer, QString *error);
    // Acknowledges events that need no answer (a user session that ended with
    // nothing left to observe); false with *error set when not written.
    bool acknowledgeUnanswered(const QList<QueuedEvent> &events, QString *error);
    bool isStalled() const { return m_stalled; }

    static QList<qint64> idsOf(const QList<QueuedEvent> &events);

Q_SIGNALS:
    void stored(int observations, int summaries);
    void stallChanged(bool stalled, const QString &detail);

private:
    void noteAnswer(bool hadBlock, bool expectedBlock);

    QSqlDatabase m_db;
    int m_stallAfter;
    int m_answersWithoutBlock = 0;
    bool m_stalled = false;
};
