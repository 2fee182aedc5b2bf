#pragma once

// `observer-tray --mcp`: the memory server on stdin and stdout until stdin
// ends. One request is answered before the next line is read, so answers come
// in the order asked. stdout carries only protocol lines; diagnostics go to
// stderr. Returns the process exit code (0: the client closed stdin).
namespace StdioServer {
int run(int inFd, int outFd);
}
