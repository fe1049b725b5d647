#pragma once
// A sampling profiler for the JS half, for performance work (PROTOJS_PROF=path).
// QuickJS calls the interrupt handler every 10 000 calls and backward jumps; each
// call records the current JS stack (from a fresh Error's backtrace), so a sample
// stands for a fixed amount of interpreted work rather than of time. At exit the
// stacks are written to `path`, most frequent first, with self counts per frame.
#include <quickjs.h>

namespace protojs {

class Runtime;

// Installs the profiler when PROTOJS_PROF is set; no cost otherwise.
void installProfilerFromEnv(JSRuntime* rt, JSContext* ctx);
// Writes the report (if the profiler is on); called on every way out of the process.
void writeProfile();

}  // namespace protojs
