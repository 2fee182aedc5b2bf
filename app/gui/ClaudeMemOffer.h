#pragma once

#include <QObject>
#include <QPointer>

class MemoryWorker;
class QAction;
class QLabel;
class QPushButton;
class QWidget;

// "Bring your claude-mem memory: N observations, M summaries": while
// claude-mem's database is there and was never imported, a line on the Setup
// tab and an item in the tray menu offer it; "Import claude-mem memory…" in
// the window's menu runs it at any time. One click imports on the
// MemoryWorker (off the GUI thread); the line shows the progress and the
// result, and the offer goes.
class ClaudeMemOffer : public QObject
{
    Q_OBJECT
public:
    ClaudeMemOffer(MemoryWorker *worker, QWidget *window);
    ~ClaudeMemOffer() override;

    QAction *offerAction() const { return m_offer; } // the tray menu's; hidden unless offered
    QAction *importAction() const { return m_import; } // the window menu's, always there
    QWidget *panel() const { return m_panel; } // the Setup tab's line; hidden unless offered
    QPushButton *importButton() const { return m_button; }
    QString panelText() const;

    void lookForPeer(); // asks the worker whether there is something to offer

Q_SIGNALS:
    void imported(); // memory changed: pages and counts reload
    void said(const QString &message);

private:
    void offer(const QString &path, int observations, int summaries);
    void importFrom(const QString &path);
    void importChosen();
    void finish(bool ok, const QString &message);
    void setBusy(bool busy);

    MemoryWorker *m_worker;
    QPointer<QWidget> m_window;
    QAction *m_offer;
    QAction *m_import;
    QPointer<QWidget> m_panel; // owned by the Setup tab once placed there
    QLabel *m_text;
    QPushButton *m_button;
    QString m_path; // the offered file
};
