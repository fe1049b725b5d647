// Socket idle timeouts (socket.setTimeout on a socket with a handle), kept natively.
//
// A socket's reads and writes push its deadline back. Done in JS, that is a timer
// refresh per read and per write, and an http keep-alive connection clears and
// re-arms its timer around every request. Here the stream's own read/write paths
// note the time, and JS is called only when a deadline passes.
//
// One uv timer per runtime serves every stream. Streams with the same duration sit
// in one list in deadline order (activity moves a stream to its list's tail), so
// the earliest deadline is among the lists' heads. The uv timer is not moved when a
// deadline moves later: when it fires early it finds nothing due and re-arms. Like
// Node's socket timers it does not keep the loop alive.
#pragma once
#include <uv.h>

#include <cstdint>
#include <map>

#include <quickjs.h>

namespace protojs {
class Runtime;
}

namespace protojs::net {

class StreamWrap;

// One stream's place in the lists (a member of StreamWrap).
struct IdleEntry {
  explicit IdleEntry(StreamWrap* s) : stream(s) {}
  StreamWrap* stream;
  uint64_t ms = 0;        // the timeout; 0 = none
  uint64_t last = 0;      // loop time of the last activity
  IdleEntry* prev = nullptr;
  IdleEntry* next = nullptr;
  bool linked = false;    // false after it fired, until the next activity
};

class IdleTimeouts {
 public:
  // The runtime's instance (made on first use; freed at teardown).
  static IdleTimeouts& of(Runtime& rt);

  // socket.setTimeout(ms): starts counting from now; 0 turns it off.
  void set(IdleEntry& e, uint64_t ms);
  // A read or a write: the deadline moves to now + ms (also after it fired, as
  // Node's timer.refresh() re-arms a timer that has run).
  void touch(IdleEntry& e) {
    if (e.ms != 0) moveToTail(e);
  }
  // The stream is closing.
  void remove(IdleEntry& e);

  // The JS function called as fn.call(handle) when a stream's deadline passes.
  void setCallback(JSContext* ctx, JSValueConst fn);

 private:
  struct List {
    IdleEntry* head = nullptr;
    IdleEntry* tail = nullptr;
  };

  friend class protojs::Runtime;  // instanceOf() makes and deletes it
  explicit IdleTimeouts(Runtime& rt);
  ~IdleTimeouts();
  void moveToTail(IdleEntry& e);
  void unlink(IdleEntry& e);
  void arm(uint64_t deadline);
  void fire();
  static void onTimer(uv_timer_t* t);

  Runtime& rt_;
  uv_timer_t timer_;
  std::map<uint64_t, List> lists_;   // by duration
  uint64_t armedFor_ = UINT64_MAX;   // the deadline the uv timer is set for
  JSValue callback_ = JS_UNDEFINED;
};

}  // namespace protojs::net
