#pragma once

#include <QKeySequence>
#include <QObject>

class ObservationsPage;
class QTabWidget;
class QWidget;

// The window's keys: Ctrl+F searches, Esc clears the search and then closes
// the window, Ctrl+W closes it, Ctrl+1/2/3 and Ctrl+(Shift+)Tab switch pages.
// Tables let Tab move on to the next widget instead of walking their cells.
class WindowShortcuts : public QObject
{
    Q_OBJECT
public:
    WindowShortcuts(QWidget *window, QTabWidget *pages, ObservationsPage *observations);

private:
    void add(const QKeySequence &keys, void (WindowShortcuts::*action)());
    void letTabLeaveTables();
    void search();
    void escape();
    void close();
    void nextPage();
    void previousPage();

    QWidget *m_window;
    QTabWidget *m_pages;
    ObservationsPage *m_observations;
};
