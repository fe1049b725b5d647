#include "runtime/Runtime.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "loop/HandleWrap.h"
#include "runtime/AsyncContext.h"
#include "runtime/Binding.h"
#include "runtime/ModuleLoader.h"
#include "runtime/Natives.h"
#include "runtime/Profiler.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

// Prints the pending exception raw, for failures before the JS error printer exists.
void printRawException(JSContext* ctx, JSValueConst exc) {
  const char* msg = JS_ToCString(ctx, exc);
  std::fprintf(stderr, "%s\n", msg ? msg : "(exception)");
  JS_FreeCString(ctx, msg);
  if (JS_IsError(ctx, exc)) {
    JSValue stack = JS_GetPropertyStr(ctx, exc, "stack");
    const char* s = JS_ToCString(ctx, stack);
    if (s) std::fprintf(stderr, "%s", s);
    JS_FreeCString(ctx, s);
    JS_FreeValue(ctx, stack);
  }
}

JSValue jsInternalBinding(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  const char* name = JS_ToCString(ctx, argv[0]);
  if (!name) return JS_EXCEPTION;
  JSValue r = Runtime::from(ctx)->binding(name);
  JS_FreeCString(ctx, name);
  return r;
}

// PROTOJS_FULL_TEARDOWN=1 makes a release build free the heap on a normal exit, so a
// leak checker (valgrind) also sees what teardown would leak.
[[maybe_unused]] bool fullTeardownRequested() {
  const char* v = std::getenv("PROTOJS_FULL_TEARDOWN");
  return v && *v && std::strcmp(v, "0") != 0;
}

}  // namespace

Runtime::Runtime(Options options) : options_(std::move(options)), pool_(loop_) {
  rt_ = blocks_.newRuntime();
  JS_SetRuntimeOpaque(rt_, this);
  JS_SetMaxStackSize(rt_, 4 * 1024 * 1024);
  // The first collection waits until 2 MiB are allocated: bootstrap garbage is
  // small, and collecting it during start-up cost ~10% of an empty script's run.
  // Later thresholds follow QuickJS's own rule (1.5x the live size).
  JS_SetGCThreshold(rt_, 2 * 1024 * 1024);
  JS_SetStripInfo(rt_, 0);
  ctx_ = JS_NewContext(rt_);
  JS_SetContextOpaque(ctx_, this);
  JS_SetHostPromiseRejectionTracker(rt_, promiseTracker, this);
  installProfilerFromEnv(rt_, ctx_);
  installModuleLoader(*this);
  bindings_ = JS_NewObject(ctx_);
}

Runtime::~Runtime() { teardown(); }

void Runtime::teardown() {
  if (!ctx_) return;
  tearingDown_ = true;
  while (openHandles_) {
    HandleWrap* h = openHandles_;
    removeOpenHandle(h);
    h->closeForTeardown();
  }
  loop_.closeAll();
  for (auto& fn : cleanups_) fn();
  cleanups_.clear();
  for (auto& [p, r] : pendingRejections_) {
    JS_FreeValue(ctx_, p);
    JS_FreeValue(ctx_, r);
  }
  pendingRejections_.clear();
  ticks_.clear(ctx_);
  if (exitingAtom_ != JS_ATOM_NULL) JS_FreeAtom(ctx_, exitingAtom_);
  for (JSValue* v : {&rejectionsCallback_, &fatalException_, &promiseRejectCallback_,
                     &invalidTickCallback_, &processObject_, &bindings_, &requireBuiltin_,
                     &bootstrap_}) {
    JS_FreeValue(ctx_, *v);
    *v = JS_UNDEFINED;
  }
  freeModuleLoader(*this);
  JS_FreeContext(ctx_);
  ctx_ = nullptr;
  JS_FreeRuntime(rt_);
  rt_ = nullptr;
  blocks_.flush();
}

void Runtime::addOpenHandle(HandleWrap* h) {
  h->prevOpen_ = nullptr;
  h->nextOpen_ = openHandles_;
  if (openHandles_) openHandles_->prevOpen_ = h;
  openHandles_ = h;
}

void Runtime::removeOpenHandle(HandleWrap* h) {
  if (h->prevOpen_) h->prevOpen_->nextOpen_ = h->nextOpen_;
  else if (openHandles_ == h) openHandles_ = h->nextOpen_;
  else return;  // not in the list
  if (h->nextOpen_) h->nextOpen_->prevOpen_ = h->prevOpen_;
  h->nextOpen_ = h->prevOpen_ = nullptr;
}

JSValue Runtime::binding(const char* name) {
  JSValue cached = JS_GetPropertyStr(ctx_, bindings_, name);
  if (!JS_IsUndefined(cached)) return cached;
  BindingInit init = findBinding(name);
  if (!init) return JS_ThrowReferenceError(ctx_, "No such binding: %s", name);
  JSValue exports = JS_NewObject(ctx_);
  init(*this, ctx_, exports);
  if (JS_HasException(ctx_)) {
    JS_FreeValue(ctx_, exports);
    return JS_EXCEPTION;
  }
  JS_SetPropertyStr(ctx_, bindings_, name, JS_DupValue(ctx_, exports));
  return exports;
}

JSValue Runtime::requireBuiltin(const char* id) {
  JSValue idv = JS_NewString(ctx_, id);
  JSValue r = JS_Call(ctx_, requireBuiltin_, JS_UNDEFINED, 1, &idv);
  JS_FreeValue(ctx_, idv);
  return r;
}

bool Runtime::bootstrap() {
  JSValue process = JS_NewObject(ctx_);
  JSValue ib = JS_NewCFunction(ctx_, jsInternalBinding, "internalBinding", 1);
  // internal/bootstrap/realm defines the builtin loader and exports requireBuiltin.
  Value compile(ctx_, compileNative(ctx_, "internal/bootstrap/realm"));
  bool ok = false;
  if (!compile.isException()) {
    Value module(ctx_, JS_NewObject(ctx_));
    JSValue exports = JS_NewObject(ctx_);
    JS_SetPropertyStr(ctx_, module.get(), "exports", JS_DupValue(ctx_, exports));
    JSValueConst args[] = {exports, JS_UNDEFINED, module.get(), process, ib, JS_UNDEFINED};
    JSValue r = JS_Call(ctx_, compile.get(), JS_UNDEFINED, 6, args);
    JS_FreeValue(ctx_, exports);
    if (!JS_IsException(r)) {
      JS_FreeValue(ctx_, r);
      requireBuiltin_ = JS_GetPropertyStr(ctx_, module.get(), "exports");
      bootstrap_ = requireBuiltin("internal/bootstrap/node");
      ok = !JS_IsException(bootstrap_);
    }
  }
  JS_FreeValue(ctx_, ib);
  JS_FreeValue(ctx_, process);
  if (!ok) {
    JSValue exc = JS_GetException(ctx_);
    std::fprintf(stderr, "protojs: bootstrap failed: ");
    printRawException(ctx_, exc);
    JS_FreeValue(ctx_, exc);
  }
  return ok;
}

void Runtime::emitProcessEvent(const char* fnName) {
  JSValue fn = JS_GetPropertyStr(ctx_, bootstrap_, fnName);
  JS_FreeValue(ctx_, makeCallback(fn, JS_UNDEFINED, 0, nullptr));
  JS_FreeValue(ctx_, fn);
}

int Runtime::exitCode() {
  JSValue fn = JS_GetPropertyStr(ctx_, bootstrap_, "getExitCode");
  JSValue r = JS_Call(ctx_, fn, JS_UNDEFINED, 0, nullptr);
  JS_FreeValue(ctx_, fn);
  int32_t code = 0;
  if (JS_IsException(r)) {
    JS_FreeValue(ctx_, JS_GetException(ctx_));
    return 1;
  }
  JS_ToInt32(ctx_, &code, r);
  JS_FreeValue(ctx_, r);
  return code;
}

int Runtime::run() {
  if (!bootstrap()) return 1;
  emitProcessEvent("runMain");
  do {
    loop_.run();
    emitProcessEvent("emitBeforeExit");
  } while (loop_.alive());
  emitProcessEvent("emitExit");
  int code = exitCode();
#ifndef PROTOJS_SANITIZE
  // Like Node, a release build does not free the heap object by object on the way out
  // (about a sixth of an empty script's start-up cost). Sanitizer builds tear down
  // fully, so JS_FreeRuntime's leak check and LeakSanitizer see every test run.
  if (!fullTeardownRequested()) exit(code);
#endif
  writeProfile();
  teardown();
  return code;
}

JSValue Runtime::makeCallback(JSValueConst fn, JSValueConst thisObj, int argc,
                              JSValueConst* argv) {
  BaseObject* native = JS_IsObject(thisObj) ? BaseObject::fromAny(thisObj) : nullptr;
  return makeCallback(fn, thisObj, argc, argv, native ? native->asyncContext() : JS_UNDEFINED);
}

JSValue Runtime::makeCallback(JSValueConst fn, JSValueConst thisObj, int argc,
                              JSValueConst* argv, JSValueConst asyncContext) {
  callbackDepth_++;
  JSValue r;
  {
    AsyncContextScope scope(ctx_, asyncContext);
    r = JS_Call(ctx_, fn, thisObj, argc, argv);
  }
  bool failed = JS_IsException(r);
  if (failed) {
    reportException();
    r = JS_UNDEFINED;
  }
  callbackDepth_--;
  // As Node's InternalCallbackScope: a scope whose callback threw does not run the
  // queues; they wait for the next scope (the handler of a handled exception queues
  // an immediate, so at the latest the check phase's).
  if (callbackDepth_ == 0 && !failed) drainTasks();
  return r;
}

void Runtime::runMicrotasks() {
  for (;;) {
    JSContext* c;
    int r = JS_ExecutePendingJob(rt_, &c);
    if (r == 0) break;
    if (r < 0) reportException();
  }
}

void Runtime::drainTasks() {
  if (!tickInfo_[0] && !tickInfo_[1]) runMicrotasks();
  if (!tickInfo_[0] && !tickInfo_[1]) {
    // A drain with nothing queued still ends the scope: work recorded in it (see
    // drainCount() in task_queues.js) would have had its ticks run by now.
    tickInfo_[2]++;
    return;
  }
  callbackDepth_++;
  // An uncaught throw from a tick (handled, or we exit). As in Node, the rest of
  // the queues waits for the end of the next callback scope (or beforeExit), so a
  // pending timer runs first.
  if (!processTicksAndRejections()) reportException();
  callbackDepth_--;
}

bool Runtime::processTicksAndRejections() {
  for (;;) {
    bool ok = ticks_.run(ctx_);
    tickInfo_[0] = !ticks_.empty();
    if (!ok) return false;
    runMicrotasks();
    tickInfo_[0] = !ticks_.empty();
    if (tickInfo_[0]) continue;
    if (!tickInfo_[1] || !JS_IsFunction(ctx_, rejectionsCallback_)) break;
    JSValue more = JS_Call(ctx_, rejectionsCallback_, JS_UNDEFINED, 0, nullptr);
    if (JS_IsException(more)) return false;
    bool again = JS_ToBool(ctx_, more);
    JS_FreeValue(ctx_, more);
    if (!again) break;
  }
  tickInfo_[0] = 0;
  tickInfo_[2]++;
  return true;
}

void Runtime::reportException() {
  JSValue exc = JS_GetException(ctx_);
  if (!JS_IsFunction(ctx_, fatalException_)) {
    printRawException(ctx_, exc);
    JS_FreeValue(ctx_, exc);
    exit(1);
  }
  JSValue r = JS_Call(ctx_, fatalException_, JS_UNDEFINED, 1, &exc);
  JS_FreeValue(ctx_, exc);
  if (JS_IsException(r)) {
    // The 'uncaughtException' handler threw: Node exits with code 7.
    JSValue exc2 = JS_GetException(ctx_);
    printRawException(ctx_, exc2);
    JS_FreeValue(ctx_, exc2);
    exit(7);
  }
  int handled = JS_ToBool(ctx_, r);
  JS_FreeValue(ctx_, r);
  if (!handled) exit(exitCode() ?: 1);
}

#ifdef PROTOJS_PGO_GENERATE
extern "C" void __gcov_dump(void);
#endif

void Runtime::exit(int code) {
#ifdef PROTOJS_PGO_GENERATE
  __gcov_dump();  // a training binary's profile: _exit below skips its atexit writer
#endif
  uv_tty_reset_mode();  // a terminal left in raw mode (tty setRawMode) is restored, as in Node
  writeProfile();
  std::fflush(stdout);
  std::fflush(stderr);
  _exit(code);
}

void Runtime::promiseTracker(JSContext* ctx, JSValueConst promise, JSValueConst reason,
                             JS_BOOL isHandled, void* opaque) {
  auto* self = static_cast<Runtime*>(opaque);
  if (!isHandled) {
    self->pendingRejections_.emplace_back(JS_DupValue(ctx, promise), JS_DupValue(ctx, reason));
    self->tickInfo_[1] = 1;
    return;
  }
  auto& list = self->pendingRejections_;
  for (auto it = list.begin(); it != list.end(); ++it) {
    if (JS_VALUE_GET_PTR(it->first) == JS_VALUE_GET_PTR(promise)) {
      JS_FreeValue(ctx, it->first);
      JS_FreeValue(ctx, it->second);
      list.erase(it);
      return;
    }
  }
  // Handled after being reported: Node emits 'rejectionHandled'.
  if (JS_IsFunction(ctx, self->promiseRejectCallback_)) {
    JSValueConst args[] = {promise};
    JS_FreeValue(ctx, JS_Call(ctx, self->promiseRejectCallback_, JS_UNDEFINED, 1, args));
  }
}

}  // namespace protojs
