// A long-lived libuv handle bound to one JS object (Node's HandleWrap).
//
// While the handle is open the JS object is pinned, so the loop can always call back
// into it. close() starts uv_close; the close callback calls the JS `close` callback,
// detaches the JS object and deletes the native object. Memory is released only
// there (the libuv close contract).
#pragma once
#include <uv.h>

#include <cstdint>

#include "runtime/BaseObject.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

class HandleWrap : public BaseObject {
  enum class State : uint8_t { kOpen, kClosing, kClosed };
  // Declared first so it sits in BaseObject's tail padding: 8 bytes less per handle.
  State state_ = State::kOpen;

 protected:
  // StreamWrap's: a readStop() waits for the prepare phase (see StreamWrap.cpp). Here
  // so that it too takes a byte of that padding instead of 8 more per stream.
  bool readStopPending_ = false;

 private:
  // Where the handle (a member of the derived class) sits in this object: 2 bytes of
  // the same padding instead of an 8-byte pointer.
  uint16_t handleOffset_;

 public:
  // `handle` is a member of the derived class; it is initialized by the derived
  // constructor (uv_*_init) right after this one runs.
  HandleWrap(Runtime& rt, JSValueConst object, uv_handle_t* handle);
  ~HandleWrap() override;

  uv_handle_t* handle() const {
    return reinterpret_cast<uv_handle_t*>(reinterpret_cast<char*>(const_cast<HandleWrap*>(this)) + handleOffset_);
  }
  bool isOpen() const { return state_ == State::kOpen; }
  // Starts closing; `callback` (may be undefined) runs from the close callback.
  void close(JSValueConst callback);
  static HandleWrap* fromHandle(uv_handle_t* h) { return static_cast<HandleWrap*>(h->data); }

  // JS methods shared by every handle class: close(cb), ref(), unref(), hasRef().
  static JSValue jsClose(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsRef(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsUnref(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsHasRef(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);

  // Closes without calling into JS; used when the runtime tears down.
  void closeForTeardown();

  HandleWrap* nextOpen_ = nullptr;  // the runtime's list of open handles
  HandleWrap* prevOpen_ = nullptr;

 protected:
  // Called in the close callback before the JS callback runs.
  virtual void onClose() {}

 private:
  static void closeCallback(uv_handle_t* h);

  ObjectRef closeCallback_;  // owned; set while closing
};

// A JS constructor's body for a handle class: the object of new.target's class with
// a new Wrap bound to it. The Wrap is owned by its handle (freed in the close callback).
template <typename Wrap>
JSValue newHandleObject(JSContext* ctx, JSValueConst newTarget, JSClassID classId) {
  JSValue obj = newObjectFromTarget(ctx, newTarget, classId);
  if (JS_IsException(obj)) return obj;
  new Wrap(*Runtime::from(ctx), obj);
  return obj;
}

// The four shared methods, for a class's prototype function list.
#define PROTOJS_HANDLE_METHODS                                 \
  PJS_CFUNC_DEF("close", 1, ::protojs::HandleWrap::jsClose),    \
      PJS_CFUNC_DEF("ref", 0, ::protojs::HandleWrap::jsRef),    \
      PJS_CFUNC_DEF("unref", 0, ::protojs::HandleWrap::jsUnref), \
      PJS_CFUNC_DEF("hasRef", 0, ::protojs::HandleWrap::jsHasRef)

}  // namespace protojs
