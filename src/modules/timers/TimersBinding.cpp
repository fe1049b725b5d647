// Native half of timers (Node's timers binding): one uv_timer for all JS timers and
// a check/idle pair for setImmediate. The lists live in lib/internal/timers.js.
#include <map>
#include <memory>

#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

// immediateInfo fields shared with JS.
enum { kCount = 0, kRefCount = 1, kHasOutstanding = 2 };

struct TimersState {
  Runtime* rt;
  uv_timer_t timer;
  uv_check_t check;
  uv_idle_t idle;
  JSValue processTimers = JS_UNDEFINED;
  JSValue processImmediate = JS_UNDEFINED;
  uint32_t immediateInfo[3] = {0, 0, 0};
};

TimersState* stateOf(JSContext* ctx);

void onTimer(uv_timer_t* t) {
  auto* st = static_cast<TimersState*>(t->data);
  Runtime& rt = *st->rt;
  JSContext* ctx = rt.ctx();
  JSValue now = JS_NewFloat64(ctx, double(uv_now(t->loop)));
  // As Node's RunTimers: a callback (or a tick between two) that throws is reported,
  // and processTimers goes on with the timers still due, in one callback scope.
  rt.enterCallbackScope();
  JSValue r;
  for (;;) {
    r = JS_Call(ctx, st->processTimers, JS_UNDEFINED, 1, &now);
    if (!JS_IsException(r) || rt.tearingDown()) break;
    rt.reportException();
  }
  rt.leaveCallbackScope();
  if (!JS_IsNumber(r)) {
    JS_FreeValue(ctx, r);
    return;
  }
  double next = 0;
  JS_ToFloat64(ctx, &next, r);
  JS_FreeValue(ctx, r);
  if (next == 0 || rt.tearingDown()) return;
  // A positive expiry keeps the loop alive; a negative one is for unref'd timers only.
  double abs = next < 0 ? -next : next;
  double delay = abs - double(uv_now(t->loop));
  uv_timer_start(t, onTimer, delay > 1 ? uint64_t(delay) : 1, 0);
  if (next > 0) uv_ref(reinterpret_cast<uv_handle_t*>(t));
  else uv_unref(reinterpret_cast<uv_handle_t*>(t));
}

void onCheck(uv_check_t* c) {
  auto* st = static_cast<TimersState*>(c->data);
  if (st->immediateInfo[kCount] == 0 && !st->immediateInfo[kHasOutstanding]) return;
  // As Node's CheckImmediate: after an immediate (or a tick between two) threw,
  // processImmediate is called again for the rest of the list, in a new scope.
  do {
    JS_FreeValue(st->rt->ctx(), st->rt->makeCallback(st->processImmediate, JS_UNDEFINED, 0, nullptr));
  } while (st->immediateInfo[kHasOutstanding] && !st->rt->tearingDown());
  if (st->immediateInfo[kRefCount] == 0) uv_idle_stop(&st->idle);
}

JSValue jsGetLibuvNow(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  // Refresh the cached loop time first (as Node does): after slow synchronous work a
  // timer created now must count from now, not from the start of the loop iteration.
  uv_loop_t* loop = Runtime::from(ctx)->loop().uv();
  uv_update_time(loop);
  return JS_NewFloat64(ctx, double(uv_now(loop)));
}

JSValue jsScheduleTimer(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  TimersState* st = stateOf(ctx);
  double ms = 1;
  JS_ToFloat64(ctx, &ms, argv[0]);
  uv_timer_start(&st->timer, onTimer, ms < 1 ? 1 : uint64_t(ms), 0);
  return JS_UNDEFINED;
}

JSValue jsToggleTimerRef(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  TimersState* st = stateOf(ctx);
  auto* h = reinterpret_cast<uv_handle_t*>(&st->timer);
  if (JS_ToBool(ctx, argv[0])) uv_ref(h);
  else uv_unref(h);
  return JS_UNDEFINED;
}

JSValue jsToggleImmediateRef(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  TimersState* st = stateOf(ctx);
  // The idle handle keeps the poll phase from blocking while immediates wait.
  if (JS_ToBool(ctx, argv[0])) uv_idle_start(&st->idle, [](uv_idle_t*) {});
  else uv_idle_stop(&st->idle);
  return JS_UNDEFINED;
}

JSValue jsSetupTimers(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  TimersState* st = stateOf(ctx);
  JS_FreeValue(ctx, st->processImmediate);
  JS_FreeValue(ctx, st->processTimers);
  st->processImmediate = JS_DupValue(ctx, argv[0]);
  st->processTimers = JS_DupValue(ctx, argv[1]);
  return JS_UNDEFINED;
}

std::map<JSContext*, TimersState*>& all() {
  static std::map<JSContext*, TimersState*> map;
  return map;
}

TimersState* stateOf(JSContext* ctx) { return all()[ctx]; }

void initTimers(Runtime& rt, JSContext* ctx, JSValueConst exports) {
  auto* st = new TimersState();
  st->rt = &rt;
  uv_loop_t* loop = rt.loop().uv();
  uv_timer_init(loop, &st->timer);
  uv_check_init(loop, &st->check);
  uv_idle_init(loop, &st->idle);
  st->timer.data = st->check.data = st->idle.data = st;
  uv_check_start(&st->check, onCheck);
  uv_unref(reinterpret_cast<uv_handle_t*>(&st->check));
  all()[ctx] = st;
  // Handles are closed by the loop at teardown; the state is freed after that.
  rt.atTeardown([ctx, st, &rt] {
    JS_FreeValue(rt.ctx(), st->processImmediate);
    JS_FreeValue(rt.ctx(), st->processTimers);
    all().erase(ctx);
    delete st;
  });
  JSValue ab = JS_NewArrayBuffer(ctx, reinterpret_cast<uint8_t*>(st->immediateInfo),
                                 sizeof(st->immediateInfo), nullptr, nullptr, false);
  JSValue global = JS_GetGlobalObject(ctx);
  JSValue ctor = JS_GetPropertyStr(ctx, global, "Uint32Array");
  JSValue info = JS_CallConstructor(ctx, ctor, 1, &ab);
  JS_FreeValue(ctx, ctor);
  JS_FreeValue(ctx, global);
  JS_FreeValue(ctx, ab);
  setProp(ctx, exports, "immediateInfo", info);
  setFunction(ctx, exports, "getLibuvNow", jsGetLibuvNow, 0);
  setFunction(ctx, exports, "scheduleTimer", jsScheduleTimer, 1);
  setFunction(ctx, exports, "toggleTimerRef", jsToggleTimerRef, 1);
  setFunction(ctx, exports, "toggleImmediateRef", jsToggleImmediateRef, 1);
  setFunction(ctx, exports, "setupTimers", jsSetupTimers, 2);
}

}  // namespace

PROTOJS_BINDING(timers, initTimers);

}  // namespace protojs
