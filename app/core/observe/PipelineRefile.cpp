// The pipeline's part in filing stored rows under the right project
// (ProjectRefiler): the lock holder does it, the tray app and --headless alike.
#include "core/observe/Pipeline.h"
#include "core/store/Database.h"
#include "core/store/ProjectRefiler.h"

void Pipeline::startRefiler()
{
    m_refiler = std::make_unique<ProjectRefiler>(m_db->connection());
    connect(m_refiler.get(), &ProjectRefiler::finished, this, &Pipeline::refreshCounts);
    connect(m_refiler.get(), &ProjectRefiler::failed, this, &Pipeline::problem);
    m_refiler->start();
}

void Pipeline::refileProjects()
{
    if (m_refiler)
        m_refiler->start(); // counts follow when it is done
    else
        refreshCounts(); // the holder refiles; names still show here
}
