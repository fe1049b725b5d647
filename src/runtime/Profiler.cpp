#include "runtime/Profiler.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

namespace protojs {
namespace {

struct Profile {
  JSContext* ctx = nullptr;
  JSValue errorCtor = JS_UNDEFINED;  // held for the process lifetime (dev tool)
  std::string path;
  std::unordered_map<std::string, long> stacks;  // whole backtrace -> samples
  std::unordered_map<std::string, long> self;    // top frame -> samples
  long samples = 0;
  bool inSample = false;
};

Profile* profile = nullptr;

// The first line of a backtrace ("    at f (file:line:col)") is the running frame.
std::string topFrame(const std::string& stack) {
  size_t end = stack.find('\n');
  std::string line = stack.substr(0, end);
  size_t start = line.find_first_not_of(' ');
  return start == std::string::npos ? line : line.substr(start);
}

int onInterrupt(JSRuntime*, void*) {
  Profile& p = *profile;
  if (p.inSample) return 0;
  p.inSample = true;
  // The Error constructor records a backtrace (JS_NewError does not).
  JSValue err = JS_CallConstructor(p.ctx, p.errorCtor, 0, nullptr);
  JSValue stack = JS_GetPropertyStr(p.ctx, err, "stack");
  if (const char* s = JS_ToCString(p.ctx, stack)) {
    std::string text(s);
    JS_FreeCString(p.ctx, s);
    p.stacks[text]++;
    p.self[topFrame(text)]++;
    p.samples++;
  }
  JS_FreeValue(p.ctx, stack);
  JS_FreeValue(p.ctx, err);
  p.inSample = false;
  return 0;
}

template <typename Map>
std::vector<std::pair<std::string, long>> sorted(const Map& m) {
  std::vector<std::pair<std::string, long>> v(m.begin(), m.end());
  std::sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.second > b.second; });
  return v;
}

}  // namespace

void installProfilerFromEnv(JSRuntime* rt, JSContext* ctx) {
  const char* path = std::getenv("PROTOJS_PROF");
  if (!path || !*path) return;
  profile = new Profile{};
  profile->ctx = ctx;
  profile->path = path;
  JSValue global = JS_GetGlobalObject(ctx);
  profile->errorCtor = JS_GetPropertyStr(ctx, global, "Error");
  JS_FreeValue(ctx, global);
  JS_SetInterruptHandler(rt, onInterrupt, nullptr);
}

void writeProfile() {
  if (!profile) return;
  FILE* f = std::fopen(profile->path.c_str(), "w");
  if (!f) return;
  std::fprintf(f, "%ld samples\n\n== self (top frame)\n", profile->samples);
  for (auto& [frame, n] : sorted(profile->self)) std::fprintf(f, "%6ld %s\n", n, frame.c_str());
  std::fprintf(f, "\n== stacks\n");
  for (auto& [stack, n] : sorted(profile->stacks)) std::fprintf(f, "%6ld\n%s\n", n, stack.c_str());
  std::fclose(f);
}

}  // namespace protojs
