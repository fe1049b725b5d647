// The protojs command line: protojs [options] [script.js | -e code | -p code | -] [args...]
#include <unistd.h>

#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/Runtime.h"

namespace {

const char kUsage[] =
    "Usage: protojs [options] [ script.js ] [arguments]\n"
    "       protojs [options] -e|-p \"script\" [arguments]\n"
    "       protojs [options] - [arguments]    (script read from standard input)\n"
    "\n"
    "Options:\n"
    "  -e, --eval script     evaluate script\n"
    "  -p, --print script    evaluate script and print the result\n"
    "  --expose-gc           define gc(), which runs the garbage collector\n"
    "  -v, --version         print protojs version\n"
    "  -h, --help            print this help\n"
    "  -                     read the script from standard input\n"
    "\n"
    "protojs is a Node.js-compatible runtime built on QuickJS and libuv.\n";

std::string selfPath(const char* argv0) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
  if (n > 0) return std::string(buf, size_t(n));
  return argv0;
}

}  // namespace

int main(int argc, char** argv) {
  // A write to a closed peer must surface as EPIPE, never kill the process.
  std::signal(SIGPIPE, SIG_IGN);
  protojs::Options opt;
  opt.execPath = selfPath(argv[0]);
  opt.argv.push_back(opt.execPath);
  int i = 1;
  for (; i < argc; i++) {
    const char* a = argv[i];
    if (std::strcmp(a, "-v") == 0 || std::strcmp(a, "--version") == 0) {
      std::printf("v%s\n", PROTOJS_VERSION);
      return 0;
    }
    if (std::strcmp(a, "-h") == 0 || std::strcmp(a, "--help") == 0) {
      std::fputs(kUsage, stdout);
      return 0;
    }
    bool isEval = std::strcmp(a, "-e") == 0 || std::strcmp(a, "--eval") == 0;
    bool isPrint = std::strcmp(a, "-p") == 0 || std::strcmp(a, "--print") == 0;
    if (isEval || isPrint) {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s: %s requires an argument\n", argv[0], a);
        return 9;
      }
      opt.execArgv.push_back(a);
      opt.execArgv.push_back(argv[i + 1]);
      opt.hasEval = true;
      opt.printEval = opt.printEval || isPrint;
      opt.evalSource = argv[++i];
      continue;
    }
    if (std::strncmp(a, "--eval=", 7) == 0 || std::strncmp(a, "--print=", 8) == 0) {
      opt.execArgv.push_back(a);
      opt.hasEval = true;
      opt.printEval = opt.printEval || a[2] == 'p';
      opt.evalSource = std::strchr(a, '=') + 1;
      continue;
    }
    if (std::strcmp(a, "--expose-gc") == 0 || std::strcmp(a, "--expose_gc") == 0) {
      opt.execArgv.push_back(a);
      opt.exposeGc = true;
      continue;
    }
    if (std::strcmp(a, "-") == 0) {
      opt.forceStdin = true;
      i++;
      break;
    }
    if (std::strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (a[0] == '-' && a[1] != '\0') {
      std::fprintf(stderr, "%s: bad option: %s\n", argv[0], a);
      return 9;
    }
    break;
  }
  if (!opt.hasEval && !opt.forceStdin && i >= argc) {
    if (isatty(STDIN_FILENO)) {
      std::fputs(kUsage, stdout);
      return 0;
    }
    opt.forceStdin = true;  // `echo code | protojs`
  }
  for (; i < argc; i++) opt.argv.push_back(argv[i]);
  protojs::Runtime runtime(std::move(opt));
  return runtime.run();
}
