// The asynchronous half of the fs binding: work submitted to the IOThreadPool and
// completed through ReqWrapBase (req.oncomplete(err, result) on the JS thread).
#include "modules/fs/FsDispatch.h"

#include <memory>

#include "loop/ReqWrap.h"
#include "modules/buffer/BufferBinding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

// Stats as Node's binding lays them out: dev, mode, nlink, uid, gid, rdev, blksize,
// ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs.
JSValue statToJS(JSContext* ctx, const uv_stat_t& s) {
  auto ms = [](const uv_timespec_t& t) { return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6; };
  const double vals[] = {double(s.st_dev),   double(s.st_mode), double(s.st_nlink),
                         double(s.st_uid),   double(s.st_gid),  double(s.st_rdev),
                         double(s.st_blksize), double(s.st_ino), double(s.st_size),
                         double(s.st_blocks), ms(s.st_atim),    ms(s.st_mtim),
                         ms(s.st_ctim),      ms(s.st_birthtim)};
  JSValue arr = JS_NewArray(ctx);
  for (uint32_t i = 0; i < sizeof(vals) / sizeof(vals[0]); i++)
    JS_SetPropertyUint32(ctx, arr, i, JS_NewFloat64(ctx, vals[i]));
  return arr;
}

JSValue namesToJS(JSContext* ctx, const FsResult& r) {
  JSValue names = JS_NewArray(ctx);
  for (uint32_t i = 0; i < r.names.size(); i++) JS_SetPropertyUint32(ctx, names, i, newString(ctx, r.names[i]));
  if (!r.withTypes) return names;
  // withFileTypes: [names, types]
  JSValue types = JS_NewArray(ctx);
  for (uint32_t i = 0; i < r.types.size(); i++) JS_SetPropertyUint32(ctx, types, i, JS_NewInt32(ctx, r.types[i]));
  JSValue pair = JS_NewArray(ctx);
  JS_SetPropertyUint32(ctx, pair, 0, names);
  JS_SetPropertyUint32(ctx, pair, 1, types);
  return pair;
}

class FsReqWrap : public ReqWrapBase {
 public:
  using ReqWrapBase::ReqWrapBase;
  FsResult result;
};

}  // namespace

JSValue fsResultToJS(JSContext* ctx, FsResult& r) {
  if (r.failed()) return JS_NewInt32(ctx, int32_t(r.value));
  switch (r.kind) {
    case FsResult::Kind::Int: return JS_NewInt64(ctx, r.value);
    case FsResult::Kind::String: return newString(ctx, r.str);
    case FsResult::Kind::Names: return namesToJS(ctx, r);
    case FsResult::Kind::Stat: return statToJS(ctx, r.st);
    case FsResult::Kind::Bytes:
      return buffer::newArrayBufferCopy(ctx, r.str.data(), r.str.size());
    case FsResult::Kind::Undefined: return JS_UNDEFINED;
  }
  return JS_UNDEFINED;
}

JSValue fsDispatch(JSContext* ctx, JSValueConst req, FsWork work,
                   std::initializer_list<JSValueConst> keep) {
  if (!JS_IsObject(req)) {
    FsResult r;
    work(r);
    return fsResultToJS(ctx, r);
  }
  Runtime& rt = *Runtime::from(ctx);
  auto wrap = std::make_shared<FsReqWrap>(rt, req);
  for (JSValueConst v : keep) wrap->keepAlive(v);
  auto shared = std::make_shared<FsWork>(std::move(work));
  int err = rt.pool().submit([wrap, shared] { (*shared)(wrap->result); },
                             [wrap](int status) {
                               JSContext* c = wrap->runtime().ctx();
                               if (status != 0) wrap->result.fail(status);
                               FsResult& r = wrap->result;
                               JSValue args[2];
                               args[0] = JS_NewInt32(c, r.failed() ? int32_t(r.value) : 0);
                               args[1] = r.failed() ? JS_UNDEFINED : fsResultToJS(c, r);
                               wrap->complete(2, args);
                               JS_FreeValue(c, args[1]);
                             });
  if (err != 0) return JS_NewInt32(ctx, err);
  return JS_UNDEFINED;
}

}  // namespace protojs
