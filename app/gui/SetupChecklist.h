#pragma once

#include "core/status/HookProbe.h"
#include "core/store/ObservationStore.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class StatusModel;

// The first start, as a short list a new user follows from top to bottom:
// the CLI, the sign-in, the hooks (proven by a test event), the first
// session, the first observation. Each line says what was found and has the
// button that fixes it; allDone() once every line is green.
class SetupChecklist : public QWidget
{
    Q_OBJECT
public:
    enum Step { Cli, SignIn, Hooks, FirstSession, FirstObservation, StepCount };

    explicit SetupChecklist(StatusModel *model, QWidget *parent = nullptr);

    bool isDone(Step step) const;
    bool allDone() const;
    QString lineText(Step step) const; // what the line says now
    QPushButton *fixButton(Step step) const { return m_rows[step].fix; }
    // A line below the steps that is not one (the claude-mem offer); it hides itself when done.
    void addLine(QWidget *line);

public Q_SLOTS:
    void setProbe(const HookProbe::Result &probe);

Q_SIGNALS:
    void settingsRequested(); // the CLI: choose its path
    void checkSignInRequested();
    void installHooksRequested();
    void testHooksRequested();
    void allDoneChanged(bool done);

private:
    struct Row
    {
        QLabel *mark = nullptr;
        QLabel *text = nullptr;
        QPushButton *fix = nullptr;
        bool done = false;
    };
    void addRow(Step step, const QString &fixText);
    void setRow(Step step, bool done, const QString &text);
    void refresh();
    QString hooksText(bool *done) const;
    QString firstObservationText(const ObservationCounts &counts) const;

    StatusModel *m_model;
    QGridLayout *m_grid;
    Row m_rows[StepCount];
    HookProbe::Result m_probe;
    bool m_allDone = false;
};
