#include "loop/EventLoop.h"

#include <cstdio>
#include <cstdlib>

namespace protojs {

EventLoop::EventLoop() {
  int err = uv_loop_init(&loop_);
  if (err != 0) {
    std::fprintf(stderr, "protojs: uv_loop_init: %s\n", uv_strerror(err));
    std::abort();
  }
}

EventLoop::~EventLoop() {
  closeAll();
  uv_loop_close(&loop_);
}

void EventLoop::run() { uv_run(&loop_, UV_RUN_DEFAULT); }

void EventLoop::closeAll() {
  // Handles owned by bindings are closed by the Runtime first (their close callbacks
  // free native objects). Anything left here is internal and has no callback to run.
  uv_walk(
      &loop_,
      [](uv_handle_t* h, void*) {
        if (!uv_is_closing(h)) uv_close(h, nullptr);
      },
      nullptr);
  uv_run(&loop_, UV_RUN_DEFAULT);
}

}  // namespace protojs
