#include "gui/WindowShortcuts.h"

#include "gui/ObservationsPage.h"

#include <QAbstractItemView>
#include <QShortcut>
#include <QTabWidget>

WindowShortcuts::WindowShortcuts(QWidget *window, QTabWidget *pages, ObservationsPage *observations)
    : QObject(window), m_window(window), m_pages(pages), m_observations(observations)
{
    add(Qt::CTRL | Qt::Key_F, &WindowShortcuts::search);
    add(Qt::Key_Escape, &WindowShortcuts::escape);
    add(Qt::CTRL | Qt::Key_W, &WindowShortcuts::close);
    add(Qt::CTRL | Qt::Key_Tab, &WindowShortcuts::nextPage);
    add(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab, &WindowShortcuts::previousPage);
    for (int i = 0; i < std::min(9, m_pages->count()); ++i) {
        auto *page = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), m_window);
        connect(page, &QShortcut::activated, this, [this, i] { m_pages->setCurrentIndex(i); });
    }
    letTabLeaveTables();
}

void WindowShortcuts::add(const QKeySequence &keys, void (WindowShortcuts::*action)())
{
    auto *shortcut = new QShortcut(keys, m_window);
    connect(shortcut, &QShortcut::activated, this, action);
}

void WindowShortcuts::letTabLeaveTables()
{
    for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
}

void WindowShortcuts::search()
{
    m_pages->setCurrentWidget(m_observations);
    m_observations->focusSearch();
}

void WindowShortcuts::escape()
{
    if (m_pages->currentWidget() == m_observations && m_observations->clearSearch())
        return;
    m_window->close();
}

void WindowShortcuts::close()
{
    m_window->close();
}

void WindowShortcuts::nextPage()
{
    m_pages->setCurrentIndex((m_pages->currentIndex() + 1) % m_pages->count());
}

void WindowShortcuts::previousPage()
{
    m_pages->setCurrentIndex((m_pages->currentIndex() + m_pages->count() - 1) % m_pages->count());
}
