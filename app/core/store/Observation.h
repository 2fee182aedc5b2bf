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

    // What a model writes can be anything; what is stored is shown in the
    // window and given back to Claude Code. Caps in characters (the cut is
    // marked with …) and in items per list.
    static constexpr qsizetype kMaxType = 40;
    static constexpr qsizetype kMaxTitle = 200;
    static constexpr qsizetype kMaxDerivedTitle = 80; // a missing title: the narrative's (or first fact's) start
    static constexpr qsizetype kMaxSubtitle = 300;
    static constexpr qsizetype kMaxFact = 500;
    static constexpr qsizetype kMaxNarrative = 4000;
    static constexpr qsizetype kMaxConcept = 100;
    static constexpr qsizetype kMaxPath = 500;
    static constexpr qsizetype kMaxItems = 20; // facts, concepts, files read, files modified: each
    // Within the caps, control characters gone (the narrative keeps line
    // breaks and tabs; elsewhere they become spaces), blank list items
    // dropped, a missing title derived. The store keeps only this form; a
    // title still empty means there is nothing a person could read.
    Observation bounded() const;
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
    static constexpr qsizetype kMaxField = 2000; // each field, in characters
    // Within the cap, control characters gone except line breaks and tabs.
    SessionSummary bounded() const;
    bool isEmpty() const
    {
        return request.isEmpty() && investigated.isEmpty() && learned.isEmpty() && completed.isEmpty()
            && nextSteps.isEmpty();
    }
};
