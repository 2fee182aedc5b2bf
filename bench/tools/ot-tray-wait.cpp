// ot-tray-wait: starts a program and prints how long it took, from exec, until
// one of its windows was embedded in the system tray and visible: the moment a
// person sees the icon (row 5). Needs a running X server with a tray host
// (Xvfb + trayer) and no window manager, so that the only reparenting of a
// fresh top-level window is the tray's XEmbed.
//
//   ot-tray-wait [--timeout-ms 15000] [--keep [--pid-file F]] -- PROGRAM [ARGS...]
//   ot-tray-wait --tray-host [--timeout-ms 15000]   (waits until a tray host runs)
//
// Prints "<milliseconds>" on stdout; exit 0 when the icon showed, 1 on timeout.
// Without --keep the program is sent SIGTERM afterwards and waited for.
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <set>
#include <signal.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {
using Clock = std::chrono::steady_clock;

int ignoreErrors(Display *, XErrorEvent *)
{
    return 0; // a window may vanish between the event and our query
}

Window parentOf(Display *dpy, Window w)
{
    Window root = 0, parent = 0, *children = nullptr;
    unsigned int n = 0;
    if (!XQueryTree(dpy, w, &root, &parent, &children, &n))
        return 0;
    if (children)
        XFree(children);
    return parent;
}

bool embeddedAndViewable(Display *dpy, Window w, Window root)
{
    const Window parent = parentOf(dpy, w);
    if (parent == 0 || parent == root)
        return false;
    XWindowAttributes attrs;
    return XGetWindowAttributes(dpy, w, &attrs) && attrs.map_state == IsViewable;
}
} // namespace

int main(int argc, char **argv)
{
    int timeoutMs = 15000;
    bool keep = false, hostOnly = false;
    std::string pidFile;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--timeout-ms" && i + 1 < argc)
            timeoutMs = std::atoi(argv[++i]);
        else if (a == "--keep")
            keep = true;
        else if (a == "--pid-file" && i + 1 < argc)
            pidFile = argv[++i];
        else if (a == "--tray-host")
            hostOnly = true;
        else if (a == "--") {
            ++i;
            break;
        }
    }
    if (hostOnly) {
        // A tray host owns the selection _NET_SYSTEM_TRAY_S<screen>.
        Display *dpy = XOpenDisplay(nullptr);
        if (!dpy)
            return 2;
        const std::string name = "_NET_SYSTEM_TRAY_S" + std::to_string(DefaultScreen(dpy));
        const Atom selection = XInternAtom(dpy, name.c_str(), False);
        const auto start = Clock::now();
        while (XGetSelectionOwner(dpy, selection) == None) {
            if (std::chrono::duration<double, std::milli>(Clock::now() - start).count() > timeoutMs) {
                std::fprintf(stderr, "ot-tray-wait: no tray host within %d ms\n", timeoutMs);
                return 1;
            }
            usleep(10000);
        }
        XCloseDisplay(dpy);
        return 0;
    }
    if (i >= argc) {
        std::fprintf(stderr, "usage: ot-tray-wait [--timeout-ms N] [--keep] -- PROGRAM [ARGS...]\n");
        return 2;
    }
    Display *dpy = XOpenDisplay(nullptr);
    if (!dpy) {
        std::fprintf(stderr, "ot-tray-wait: cannot open the display (is DISPLAY set?)\n");
        return 2;
    }
    XSetErrorHandler(ignoreErrors);
    const Window root = DefaultRootWindow(dpy);
    XSelectInput(dpy, root, SubstructureNotifyMask);
    XSync(dpy, False);

    const auto start = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        execvp(argv[i], argv + i);
        std::perror("ot-tray-wait: exec");
        _exit(127);
    }
    if (!pidFile.empty()) {
        if (FILE *f = std::fopen(pidFile.c_str(), "w")) {
            std::fprintf(f, "%d\n", int(child));
            std::fclose(f);
        }
    }
    std::set<Window> fresh; // top-level windows created since the start
    bool shown = false;
    double ms = 0;
    const int fd = ConnectionNumber(dpy);
    while (!shown) {
        const double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        if (elapsed > timeoutMs)
            break;
        if (!XPending(dpy)) {
            pollfd p{fd, POLLIN, 0};
            poll(&p, 1, 50);
            int status = 0;
            if (waitpid(child, &status, WNOHANG) == child) {
                std::fprintf(stderr, "ot-tray-wait: the program exited before its icon showed\n");
                return 1;
            }
            continue;
        }
        XEvent ev;
        XNextEvent(dpy, &ev);
        Window w = 0;
        if (ev.type == CreateNotify && ev.xcreatewindow.parent == root) {
            w = ev.xcreatewindow.window;
            fresh.insert(w);
            XSelectInput(dpy, w, StructureNotifyMask);
            XSync(dpy, False); // from here on, we see its reparent and map
        } else if (ev.type == ReparentNotify && fresh.count(ev.xreparent.window)) {
            w = ev.xreparent.window;
        } else if (ev.type == MapNotify && fresh.count(ev.xmap.window)) {
            w = ev.xmap.window;
        } else {
            continue;
        }
        if (embeddedAndViewable(dpy, w, root)) {
            shown = true;
            ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        }
    }
    if (shown)
        std::printf("%.1f\n", ms);
    else
        std::fprintf(stderr, "ot-tray-wait: no tray icon within %d ms\n", timeoutMs);
    std::fflush(stdout);
    if (!keep) {
        kill(child, SIGTERM);
        int status = 0;
        waitpid(child, &status, 0);
    }
    XCloseDisplay(dpy);
    return shown ? 0 : 1;
}
