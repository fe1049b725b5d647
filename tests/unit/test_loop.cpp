// EventLoop and IOThreadPool (src/loop/): blocking work runs on worker threads while
// the loop keeps serving its own handles, and every completion is delivered on the
// loop thread. No timing assertions: the worker blocks until the loop has proved it
// is still running.
#include <gtest/gtest.h>
#include <uv.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "loop/EventLoop.h"
#include "loop/IOThreadPool.h"

namespace {

using protojs::EventLoop;
using protojs::IOThreadPool;

// A one-shot latch a worker can wait on and the loop thread can open.
class Latch {
 public:
  void open() {
    std::lock_guard<std::mutex> lock(mu_);
    open_ = true;
    cv_.notify_all();
  }
  // Waits until opened; false on a (generous) deadlock guard.
  bool wait() {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, std::chrono::seconds(30), [this] { return open_; });
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool open_ = false;
};

TEST(EventLoop, RunsATimerAndStopsWhenNothingIsLeft) {
  EventLoop loop;
  uv_timer_t timer;
  int fired = 0;
  uv_timer_init(loop.uv(), &timer);
  timer.data = &fired;
  uv_timer_start(&timer, [](uv_timer_t* t) {
    ++*static_cast<int*>(t->data);
    uv_close(reinterpret_cast<uv_handle_t*>(t), nullptr);
  }, 0, 0);
  EXPECT_TRUE(loop.alive());
  loop.run();
  EXPECT_EQ(fired, 1);
  EXPECT_FALSE(loop.alive());
}

TEST(EventLoop, UnrefedHandleDoesNotKeepItAlive) {
  EventLoop loop;
  uv_timer_t timer;
  uv_timer_init(loop.uv(), &timer);
  uv_timer_start(&timer, [](uv_timer_t*) { FAIL() << "an unref'd timer must not run"; }, 60000, 0);
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer));
  EXPECT_FALSE(loop.alive());
  loop.run();  // returns at once
  loop.closeAll();  // closes the still-open timer
  EXPECT_TRUE(uv_is_closing(reinterpret_cast<uv_handle_t*>(&timer)));
}

// The worker blocks until a loop timer has fired: the loop keeps running during
// blocking work, and the completion arrives on the loop thread afterwards.
TEST(IOThreadPool, BlockingJobDoesNotBlockTheLoop) {
  EventLoop loop;
  IOThreadPool pool(loop);
  const std::thread::id loopThread = std::this_thread::get_id();
  Latch timerRan;
  std::thread::id workThread;
  std::thread::id doneThread;
  bool workSawTimer = false;
  int doneStatus = -1;

  uv_timer_t timer;
  uv_timer_init(loop.uv(), &timer);
  timer.data = &timerRan;
  uv_timer_start(&timer, [](uv_timer_t* t) {
    static_cast<Latch*>(t->data)->open();
    uv_close(reinterpret_cast<uv_handle_t*>(t), nullptr);
  }, 1, 0);

  int err = pool.submit(
      [&] {
        workThread = std::this_thread::get_id();
        workSawTimer = timerRan.wait();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));  // a real blocking job
      },
      [&](int status) {
        doneThread = std::this_thread::get_id();
        doneStatus = status;
      });
  ASSERT_EQ(err, 0);
  loop.run();
  EXPECT_TRUE(workSawTimer);
  EXPECT_NE(workThread, loopThread);
  EXPECT_EQ(doneThread, loopThread);
  EXPECT_EQ(doneStatus, 0);
}

TEST(IOThreadPool, PendingJobKeepsTheLoopAlive) {
  EventLoop loop;
  IOThreadPool pool(loop);
  Latch release;
  bool done = false;
  ASSERT_EQ(pool.submit([&] { release.wait(); }, [&](int) { done = true; }), 0);
  EXPECT_TRUE(loop.alive());
  std::thread opener([&] { release.open(); });
  loop.run();  // may only return once the job's completion has run
  opener.join();
  EXPECT_TRUE(done);
  EXPECT_FALSE(loop.alive());
}

TEST(IOThreadPool, ManyJobsEachCompleteOnce) {
  EventLoop loop;
  IOThreadPool pool(loop);
  constexpr int kJobs = 200;
  std::atomic<int> worked{0};
  std::vector<int> completions(kJobs, 0);
  for (int i = 0; i < kJobs; i++) {
    ASSERT_EQ(pool.submit([&worked] { worked.fetch_add(1); },
                          [&completions, i](int status) {
                            EXPECT_EQ(status, 0);
                            completions[size_t(i)]++;
                          }),
              0);
  }
  loop.run();
  EXPECT_EQ(worked.load(), kJobs);
  for (int c : completions) EXPECT_EQ(c, 1);
}

// A completion may submit more work (chained file operations do).
TEST(IOThreadPool, CompletionCanSubmitMoreWork) {
  EventLoop loop;
  IOThreadPool pool(loop);
  int chain = 0;
  std::function<void(int)> next = [&](int) {
    if (++chain < 5) pool.submit([] {}, next);
  };
  ASSERT_EQ(pool.submit([] {}, next), 0);
  loop.run();
  EXPECT_EQ(chain, 5);
}

}  // namespace
