// The libuv loop of one runtime. Phases are libuv's (timers, pending, poll, check,
// close); the Runtime adds Node's beforeExit/exit semantics on top of run().
#pragma once
#include <uv.h>

namespace protojs {

class EventLoop {
 public:
  EventLoop();
  ~EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  uv_loop_t* uv() { return &loop_; }
  // Runs until no ref'ed handle or request is left (or uv_stop).
  void run();
  bool alive() { return uv_loop_alive(&loop_) != 0; }
  // Milliseconds of the loop's cached clock (what timers use).
  uint64_t now() { return uv_now(&loop_); }
  // Closes every handle still open and runs their close callbacks (teardown).
  void closeAll();

 private:
  uv_loop_t loop_;
};

}  // namespace protojs
