// fs.watch's handle (Node's FSEvent): a uv_fs_event_t bound to a JS object. start()
// returns 0 or a libuv error code; each change calls
// `this.onchange(status, eventType, filename)` with eventType 'rename' or 'change'.
#include <uv.h>

#include <string>

#include "loop/HandleWrap.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

JSClassID fsEventClassId = 0;

class FSEventWrap : public HandleWrap {
 public:
  FSEventWrap(Runtime& rt, JSValueConst obj)
      : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&event_)) {
    uv_fs_event_init(rt.loop().uv(), &event_);
  }

  static FSEventWrap* fromThis(JSContext* ctx, JSValueConst self) {
    return static_cast<FSEventWrap*>(BaseObject::unwrap(ctx, self, fsEventClassId));
  }

  int start(const std::string& path, bool recursive) {
    return uv_fs_event_start(&event_, onEvent, path.c_str(), recursive ? UV_FS_EVENT_RECURSIVE : 0);
  }

  bool started() { return uv_is_active(reinterpret_cast<uv_handle_t*>(&event_)) != 0; }

 private:
  static void onEvent(uv_fs_event_t* h, const char* filename, int events, int status) {
    auto* self = static_cast<FSEventWrap*>(HandleWrap::fromHandle(reinterpret_cast<uv_handle_t*>(h)));
    Runtime& rt = self->runtime();
    if (rt.tearingDown() || !self->isOpen()) return;
    JSContext* ctx = rt.ctx();
    JSValue fn = JS_GetPropertyStr(ctx, self->object(), "onchange");
    if (JS_IsFunction(ctx, fn)) {
      // As Node: 'rename' wins when libuv reports both.
      const char* type = (events & UV_RENAME) ? "rename" : (events & UV_CHANGE) ? "change" : "unknown";
      JSValue args[3] = {JS_NewInt32(ctx, status), JS_NewString(ctx, type),
                         filename ? JS_NewString(ctx, filename) : JS_NULL};
      JS_FreeValue(ctx, rt.makeCallback(fn, self->object(), 3, args));
      for (JSValue& a : args) JS_FreeValue(ctx, a);
    }
    JS_FreeValue(ctx, fn);
  }

  uv_fs_event_t event_;
};

JSValue jsNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  return newHandleObject<FSEventWrap>(ctx, newTarget, fsEventClassId);
}

// start(path, recursive) -> 0 | negative libuv code
JSValue jsStart(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv) {
  FSEventWrap* w = FSEventWrap::fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  if (!w->isOpen()) return JS_NewInt32(ctx, UV_EBADF);
  std::string path;
  if (!toStdString(ctx, argv[0], path)) return JS_EXCEPTION;
  return JS_NewInt32(ctx, w->start(path, argc > 1 && JS_ToBool(ctx, argv[1])));
}

JSValue jsGetInitialized(JSContext* ctx, JSValueConst self) {
  FSEventWrap* w = FSEventWrap::fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  return JS_NewBool(ctx, w->isOpen() && w->started());
}

const JSCFunctionListEntry kMethods[] = {
    PROTOJS_HANDLE_METHODS,
    PJS_CFUNC_DEF("start", 2, jsStart),
    PJS_CGETSET_DEF("initialized", jsGetInitialized, nullptr),
};

void initFsEventWrap(Runtime&, JSContext* ctx, JSValueConst exports) {
  JSValue ctor = defineClass(ctx, fsEventClassId, "FSEvent", jsNew, 0, kMethods,
                             sizeof(kMethods) / sizeof(kMethods[0]));
  setProp(ctx, exports, "FSEvent", ctor);
}

}  // namespace

PROTOJS_BINDING(fs_event_wrap, initFsEventWrap);

}  // namespace protojs
