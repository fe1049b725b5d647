// One JS runtime: the QuickJS runtime and context, the libuv loop, the I/O thread
// pool and the JS callbacks the native side needs (tick queue, fatal exception).
//
// JS is entered from the loop only through makeCallback(), the one callback scope:
// on leaving it drains process.nextTick and then the promise jobs, as Node does.
#pragma once
#include <quickjs.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "loop/EventLoop.h"
#include "loop/IOThreadPool.h"
#include "runtime/BlockCache.h"
#include "runtime/TickQueue.h"

namespace protojs {

class HandleWrap;

struct Options {
  std::vector<std::string> argv;      // process.argv (argv[0] is the executable)
  std::vector<std::string> execArgv;  // runtime flags before the script
  std::string execPath;
  std::string evalSource;             // -e / -p
  bool hasEval = false;
  bool printEval = false;
  bool forceStdin = false;            // `-` or piped stdin with no script
  bool exposeGc = false;              // --expose-gc: a global gc() runs the cycle collector
};

class Runtime {
 public:
  explicit Runtime(Options options);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  static Runtime* from(JSContext* ctx) { return static_cast<Runtime*>(JS_GetContextOpaque(ctx)); }

  // Bootstraps, runs the main script, then the loop (with beforeExit/exit).
  // Returns the process exit code.
  int run();
  // Sets up process, the globals and the builtin loader without running a main
  // script; run() starts with it. Embedders (the fuzz harnesses) call it alone.
  bool bootstrap();

  JSContext* ctx() const { return ctx_; }
  JSRuntime* rt() const { return rt_; }
  EventLoop& loop() { return loop_; }
  IOThreadPool& pool() { return pool_; }
  const Options& options() const { return options_; }
  bool tearingDown() const { return tearingDown_; }

  // Calls fn(this, argv) from native code. An exception goes to the uncaught
  // exception handler; returns JS_UNDEFINED then. Drains ticks and microtasks after
  // (unless it threw: see makeCallback).
  // fn runs in the async context of thisObj's native object (when it is one), or
  // in `asyncContext`.
  JSValue makeCallback(JSValueConst fn, JSValueConst thisObj, int argc, JSValueConst* argv);
  JSValue makeCallback(JSValueConst fn, JSValueConst thisObj, int argc, JSValueConst* argv,
                       JSValueConst asyncContext);
  // The same scope around several plain JS_Calls made from the loop (a native
  // consumer calling back more than once per event): ticks drain on the last leave.
  void enterCallbackScope() { callbackDepth_++; }
  void leaveCallbackScope() {
    if (--callbackDepth_ == 0) drainTasks();
  }
  // Reports the pending exception as uncaught (process 'uncaughtException' or exit 1).
  void reportException();
  // Drains the nextTick queue and promise jobs (the end of a callback scope).
  void drainTasks();
  // Node's processTicksAndRejections: ticks, then promise jobs, until both are
  // empty, then unhandled rejections. false: a callback threw (the exception is
  // pending) and the ticks after it wait for the next drain.
  bool processTicksAndRejections();
  // Exits the process now with `code` (process.reallyExit).
  [[noreturn]] void exit(int code);

  // The exports object of an internal binding (cached); exception if unknown.
  JSValue binding(const char* name);
  // Runs a builtin module and returns its exports (through the JS loader).
  JSValue requireBuiltin(const char* id);

  // Runs `fn` at teardown, after every handle has closed (for bindings' own state).
  void atTeardown(std::function<void()> fn) { cleanups_.push_back(std::move(fn)); }
  // The runtime's one T, made by T(Runtime&) on first use and deleted at teardown
  // (after the loop has closed every handle, T's own included). T befriends Runtime
  // if its constructor is private.
  template <typename T>
  T& instanceOf();

  void addOpenHandle(HandleWrap* h);
  void removeOpenHandle(HandleWrap* h);

  // Set by the task_queue binding.
  JSValue rejectionsCallback_ = JS_UNDEFINED;  // processPromiseRejections(): more work?
  JSValue fatalException_ = JS_UNDEFINED;
  JSValue promiseRejectCallback_ = JS_UNDEFINED;
  JSValue invalidTickCallback_ = JS_UNDEFINED;  // throws nextTick's ERR_INVALID_ARG_TYPE
  JSValue processObject_ = JS_UNDEFINED;        // for process._exiting
  JSAtom exitingAtom_ = JS_ATOM_NULL;
  // [hasTickScheduled, hasRejectionToWarn, drains (completed drains, a counter)]
  int32_t tickInfo_[3] = {0, 0, 0};
  TickQueue ticks_;
  // The stream_wrap binding's `streamBaseState` (net/StreamWrap.h has the fields):
  // here, one load away from every stream wrap.
  int32_t streamBaseState_[4] = {0, 0, 0, 0};
  // Pending unhandled rejections: pairs of (promise, reason), owned.
  std::vector<std::pair<JSValue, JSValue>> pendingRejections_;

 private:
  void runMicrotasks();
  void emitProcessEvent(const char* fnName);
  int exitCode();
  void teardown();
  static void promiseTracker(JSContext* ctx, JSValueConst promise, JSValueConst reason,
                             JS_BOOL isHandled, void* opaque);

  Options options_;
  BlockCache blocks_;  // declared before rt_: outlives the engine's blocks
  EventLoop loop_;
  IOThreadPool pool_;
  JSRuntime* rt_ = nullptr;
  JSContext* ctx_ = nullptr;
  JSValue bindings_ = JS_UNDEFINED;        // name -> exports cache
  JSValue requireBuiltin_ = JS_UNDEFINED;  // the JS builtin loader
  JSValue bootstrap_ = JS_UNDEFINED;       // exports of internal/bootstrap/node
  HandleWrap* openHandles_ = nullptr;
  std::vector<std::function<void()>> cleanups_;
  bool tearingDown_ = false;
  int callbackDepth_ = 0;
};

template <typename T>
T& Runtime::instanceOf() {
  static std::map<Runtime*, T*> all;  // one runtime per thread; a map for embedders
  auto it = all.find(this);
  if (it != all.end()) return *it->second;
  T* t = new T(*this);
  all[this] = t;
  atTeardown([this, t] {
    all.erase(this);
    delete t;
  });
  return *t;
}

}  // namespace protojs
