#include "gui/ClaudeMemOffer.h"

#include "core/store/ClaudeMemReader.h"
#include "gui/MemoryWorker.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ClaudeMemOffer::ClaudeMemOffer(MemoryWorker *worker, QWidget *window)
    : QObject(window)
    , m_worker(worker)
    , m_window(window)
    , m_offer(new QAction(tr("Bring your claude-mem memory…"), this))
    , m_import(new QAction(tr("Import claude-mem memory…"), this))
    , m_panel(new QWidget)
    , m_text(new QLabel(m_panel))
    , m_button(new QPushButton(tr("Import"), m_panel))
{
    m_panel->setObjectName(QStringLiteral("claudeMemOffer"));
    m_text->setObjectName(QStringLiteral("claudeMemText"));
    m_button->setObjectName(QStringLiteral("claudeMemImport"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout(m_panel);
    row->setContentsMargins(0, 8, 0, 0);
    row->addWidget(m_text, 1);
    row->addWidget(m_button, 0, Qt::AlignTop);
    m_panel->hide();
    // Seen at once, so the tray menu keeps its shape; the worker then counts, or takes it back.
    m_offer->setVisible(QFileInfo(ClaudeMemReader::defaultPath()).isFile());
    connect(m_offer, &QAction::triggered, this, [this] { importFrom(m_path); });
    connect(m_button, &QPushButton::clicked, this, [this] { importFrom(m_path); });
    connect(m_import, &QAction::triggered, this, &ClaudeMemOffer::importChosen);
    connect(m_worker, &MemoryWorker::claudeMemOffered, this, &ClaudeMemOffer::offer);
    connect(m_worker, &MemoryWorker::claudeMemImported, this, [this](const QString &m) { finish(true, m); });
    connect(m_worker, &MemoryWorker::claudeMemFailed, this, [this](const QString &m) { finish(false, m); });
}

ClaudeMemOffer::~ClaudeMemOffer()
{
    if (m_panel && !m_panel->parent())
        delete m_panel; // never placed on the Setup tab
}

QString ClaudeMemOffer::panelText() const
{
    return m_text->text();
}

void ClaudeMemOffer::lookForPeer()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path = ClaudeMemReader::defaultPath()] { w->lookForClaudeMem(path); },
        Qt::QueuedConnection);
}

void ClaudeMemOffer::offer(const QString &path, int observations, int summaries)
{
    m_path = path;
    m_offer->setVisible(!path.isEmpty());
    m_panel->setVisible(!path.isEmpty());
    if (path.isEmpty())
        return;
    // A file that cannot be read now (damaged, locked) is offered too: importing says why.
    const QString text = observations < 0
        ? tr("Bring your claude-mem memory from %1").arg(QDir::toNativeSeparators(path))
        : tr("Bring your claude-mem memory: %1 observations, %2 summaries").arg(observations).arg(summaries);
    m_offer->setText(text);
    m_text->setText(text + tr(" (read-only: claude-mem's own file is never changed)."));
}

// The menu's import: claude-mem's usual file, or the one the user points at.
void ClaudeMemOffer::importChosen()
{
    QString path = ClaudeMemReader::defaultPath();
    if (!QFileInfo(path).isFile())
        path = QFileDialog::getOpenFileName(m_window, tr("Choose claude-mem's database"), QDir::homePath(),
            tr("SQLite databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void ClaudeMemOffer::importFrom(const QString &path)
{
    if (path.isEmpty())
        return;
    setBusy(true);
    m_text->setText(tr("Importing claude-mem memory from %1…").arg(QDir::toNativeSeparators(path)));
    Q_EMIT said(m_text->text());
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path] { w->importClaudeMem(path); }, Qt::QueuedConnection);
}

void ClaudeMemOffer::finish(bool ok, const QString &message)
{
    setBusy(false);
    m_text->setText(message);
    if (ok) { // the offer goes; the line stays to say what happened
        m_offer->setVisible(false);
        m_button->hide();
        Q_EMIT imported();
    } else {
        m_button->setText(tr("Try again"));
    }
    Q_EMIT said(message);
}

void ClaudeMemOffer::setBusy(bool busy)
{
    m_offer->setEnabled(!busy);
    m_import->setEnabled(!busy);
    m_button->setEnabled(!busy);
}
