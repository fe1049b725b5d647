// Runs blocking work (getaddrinfo, file system calls) on libuv's worker threads and
// delivers the result on the JS thread, through the loop. The JS thread never blocks.
#pragma once
#include <uv.h>

#include <functional>

namespace protojs {

class EventLoop;

class IOThreadPool {
 public:
  using Work = std::function<void()>;
  // `status` is 0, or UV_ECANCELED when the work was cancelled before it ran.
  using Done = std::function<void(int status)>;

  explicit IOThreadPool(EventLoop& loop) : loop_(loop) {}
  // `work` runs on a worker thread and must not touch JS; `done` runs on the loop
  // thread afterwards. The pending job keeps the loop alive.
  int submit(Work work, Done done);

 private:
  EventLoop& loop_;
};

}  // namespace protojs
