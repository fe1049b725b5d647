#include "modules/net/IdleTimeouts.h"

#include <vector>

#include "modules/net/StreamWrap.h"
#include "runtime/Runtime.h"

namespace protojs::net {

// The loop closes the uv timer at teardown (after every stream has closed and left
// the lists); the rest goes after that.
IdleTimeouts& IdleTimeouts::of(Runtime& rt) { return rt.instanceOf<IdleTimeouts>(); }

IdleTimeouts::IdleTimeouts(Runtime& rt) : rt_(rt) {
  uv_timer_init(rt.loop().uv(), &timer_);
  timer_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
}

IdleTimeouts::~IdleTimeouts() { JS_FreeValue(rt_.ctx(), callback_); }

void IdleTimeouts::setCallback(JSContext* ctx, JSValueConst fn) {
  JS_FreeValue(ctx, callback_);
  callback_ = JS_DupValue(ctx, fn);
}

void IdleTimeouts::set(IdleEntry& e, uint64_t ms) {
  unlink(e);
  e.ms = ms;
  if (ms != 0) moveToTail(e);
}

void IdleTimeouts::remove(IdleEntry& e) {
  unlink(e);
  e.ms = 0;
}

void IdleTimeouts::unlink(IdleEntry& e) {
  if (!e.linked) return;
  List& l = lists_[e.ms];
  if (e.prev) e.prev->next = e.next;
  else l.head = e.next;
  if (e.next) e.next->prev = e.prev;
  else l.tail = e.prev;
  e.prev = e.next = nullptr;
  e.linked = false;
}

void IdleTimeouts::moveToTail(IdleEntry& e) {
  // The loop's cached time can be a whole iteration old; as Node's timers do, count
  // from the real now, or the timeout could come early by that much.
  uv_update_time(rt_.loop().uv());
  e.last = uv_now(rt_.loop().uv());
  List& l = lists_[e.ms];
  if (e.linked) {
    if (l.tail == &e) return;  // already last: only its time changed
    unlink(e);
  }
  e.prev = l.tail;
  e.next = nullptr;
  if (l.tail) l.tail->next = &e;
  else l.head = &e;
  l.tail = &e;
  e.linked = true;
  arm(e.last + e.ms);
}

void IdleTimeouts::arm(uint64_t deadline) {
  if (deadline >= armedFor_) return;  // it fires early enough already
  armedFor_ = deadline;
  uint64_t now = uv_now(rt_.loop().uv());
  uv_timer_start(&timer_, onTimer, deadline > now ? deadline - now : 0, 0);
}

void IdleTimeouts::onTimer(uv_timer_t* t) { static_cast<IdleTimeouts*>(t->data)->fire(); }

// Unlinks every stream whose deadline passed, then calls JS for each: a callback
// may change the lists. A stream stays valid until its handle's close callback,
// which cannot run before this returns.
void IdleTimeouts::fire() {
  armedFor_ = UINT64_MAX;
  if (rt_.tearingDown()) return;
  uint64_t now = uv_now(rt_.loop().uv());
  std::vector<StreamWrap*> due;
  for (auto& [ms, l] : lists_) {
    while (l.head && l.head->last + ms <= now) {
      IdleEntry* e = l.head;
      unlink(*e);
      due.push_back(e->stream);
    }
  }
  JSContext* ctx = rt_.ctx();
  for (StreamWrap* s : due) {
    if (!s->isOpen() || !JS_IsFunction(ctx, callback_)) continue;
    JS_FreeValue(ctx, rt_.makeCallback(callback_, s->object(), 0, nullptr));
  }
  uint64_t next = UINT64_MAX;
  for (auto& [ms, l] : lists_) {
    if (l.head && l.head->last + ms < next) next = l.head->last + ms;
  }
  if (next != UINT64_MAX) arm(next);
}

}  // namespace protojs::net
