#include "loop/HandleWrap.h"

#include <cassert>
#include <memory>

#include "runtime/Runtime.h"

namespace protojs {

HandleWrap::HandleWrap(Runtime& rt, JSValueConst object, uv_handle_t* handle)
    : BaseObject(rt, object),
      handleOffset_(uint16_t(reinterpret_cast<char*>(handle) - reinterpret_cast<char*>(this))) {
  assert(handle == this->handle());
  handle->data = this;  // libuv never touches `data`
  captureAsyncContext();  // released when the handle closes (and dies)
  pin();
  rt.addOpenHandle(this);
}

HandleWrap::~HandleWrap() {
  JS_FreeValue(context(), closeCallback_.release());
  if (state_ != State::kClosed) runtime().removeOpenHandle(this);
}

void HandleWrap::close(JSValueConst callback) {
  if (state_ != State::kOpen) return;
  state_ = State::kClosing;
  closeCallback_ = ObjectRef::take(context(), JS_DupValue(context(), callback));
  uv_close(handle(), closeCallback);
}

void HandleWrap::closeForTeardown() {
  if (state_ != State::kOpen) return;
  JS_FreeValue(context(), closeCallback_.release());
  state_ = State::kClosing;
  uv_close(handle(), closeCallback);
}

void HandleWrap::closeCallback(uv_handle_t* h) {
  std::unique_ptr<HandleWrap> self(fromHandle(h));
  self->state_ = State::kClosed;
  self->runtime().removeOpenHandle(self.get());
  self->onClose();
  JSValue cb = self->closeCallback_.release();
  if (JS_IsFunction(self->context(), cb) && !self->runtime().tearingDown()) {
    JSValue r = self->runtime().makeCallback(cb, self->object(), 0, nullptr);
    JS_FreeValue(self->context(), r);
  }
  JS_FreeValue(self->context(), cb);
  // ~BaseObject detaches the JS object and drops the pin last.
}

namespace {
HandleWrap* thisHandle(JSContext* ctx, JSValueConst self) {
  auto* w = dynamic_cast<HandleWrap*>(BaseObject::fromAny(self));
  if (!w) JS_ThrowTypeError(ctx, "Illegal invocation");
  return w;
}
}  // namespace

JSValue HandleWrap::jsClose(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv) {
  // Closing an already closed handle is a no-op, as in Node.
  JSClassID cid;
  if (!JS_GetAnyOpaque(self, &cid)) return JS_UNDEFINED;
  HandleWrap* w = thisHandle(ctx, self);
  if (!w) return JS_EXCEPTION;
  w->close(argc > 0 ? argv[0] : JS_UNDEFINED);
  return JS_UNDEFINED;
}

JSValue HandleWrap::jsRef(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  HandleWrap* w = thisHandle(ctx, self);
  if (!w) return JS_EXCEPTION;
  if (w->isOpen()) uv_ref(w->handle());
  return JS_UNDEFINED;
}

JSValue HandleWrap::jsUnref(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  HandleWrap* w = thisHandle(ctx, self);
  if (!w) return JS_EXCEPTION;
  if (w->isOpen()) uv_unref(w->handle());
  return JS_UNDEFINED;
}

JSValue HandleWrap::jsHasRef(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  HandleWrap* w = thisHandle(ctx, self);
  if (!w) return JS_EXCEPTION;
  return JS_NewBool(ctx, w->isOpen() && uv_has_ref(w->handle()));
}

}  // namespace protojs
