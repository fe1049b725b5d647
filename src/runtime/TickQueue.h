// The process.nextTick queue, kept natively: queueing is one call into C++ (no JS
// frame, no arguments array), and the drain calls each callback straight from here.
#pragma once
#include <quickjs.h>

#include <cstddef>
#include <vector>

namespace protojs {

class TickQueue {
 public:
  // Queues fn(...args). Takes new references.
  void push(JSContext* ctx, JSValueConst fn, int argc, JSValueConst* argv);
  // Runs the queued callbacks in order, including those they queue. false: one
  // threw (the exception is pending); the ones after it stay queued.
  bool run(JSContext* ctx);
  bool empty() const { return head_ == ticks_.size(); }
  // Drops what is queued (teardown).
  void clear(JSContext* ctx);

 private:
  static constexpr int kInlineArgs = 3;
  struct Tick {
    JSValue fn;
    int argc;
    JSValue args[kInlineArgs];  // argc <= kInlineArgs
    JSValue rest;               // an array of all the arguments when argc > kInlineArgs
    JSValue asyncContext;       // current when queued; the callback runs in it
  };
  static void release(JSContext* ctx, Tick& t);
  static JSValue call(JSContext* ctx, Tick& t);

  std::vector<Tick> ticks_;
  size_t head_ = 0;  // the first not yet run
};

}  // namespace protojs
