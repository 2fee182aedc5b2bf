#include "hookcore/WakeFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace WakeFile {
bool ring(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::futimens(fd, nullptr) == 0; // now: inotify reports IN_ATTRIB
    ::close(fd);
    return ok;
}
} // namespace WakeFile
