// observer-tray-hook: Claude Code runs it with an event's JSON on stdin.
// Filled in by the capture issue; until then it records nothing and says so,
// and it always exits 0 so a user's session is never blocked.
#include <cstdio>

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    std::fputs("observer-tray-hook: capture is not implemented in this build; event not recorded\n", stderr);
    return 0;
}
