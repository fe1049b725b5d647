// libuv error names and messages, so JS can build Node-shaped errors from a code.
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

JSValue jsErrname(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t err = 0;
  JS_ToInt32(ctx, &err, argv[0]);
  char buf[64];
  return JS_NewString(ctx, uv_err_name_r(err, buf, sizeof(buf)));
}

// { code: [name, message] } for every libuv error, like Node's uv.getErrorMap().
JSValue jsGetErrorMap(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  JSValue map = JS_NewObject(ctx);
#define PROTOJS_UV_ERR(name, msg)                                       \
  {                                                                     \
    JSValue pair = JS_NewArray(ctx);                                    \
    JS_SetPropertyUint32(ctx, pair, 0, JS_NewString(ctx, #name));       \
    JS_SetPropertyUint32(ctx, pair, 1, JS_NewString(ctx, msg));         \
    JS_SetPropertyUint32(ctx, map, uint32_t(-UV_##name), pair);         \
  }
  UV_ERRNO_MAP(PROTOJS_UV_ERR)
#undef PROTOJS_UV_ERR
  return map;
}

void initUv(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "errname", jsErrname, 1);
  setFunction(ctx, exports, "getErrorMap", jsGetErrorMap, 0);
#define PROTOJS_UV_CODE(name, msg) setProp(ctx, exports, "UV_" #name, JS_NewInt32(ctx, UV_##name));
  UV_ERRNO_MAP(PROTOJS_UV_CODE)
#undef PROTOJS_UV_CODE
}

}  // namespace

PROTOJS_BINDING(uv, initUv);

}  // namespace protojs
