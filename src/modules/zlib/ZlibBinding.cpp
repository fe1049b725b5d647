// internalBinding('zlib'): Node's handle classes Zlib, BrotliEncoder and
// BrotliDecoder (one compression stream per JS object) and crc32, under Node's
// internal names so lib/zlib.js reads like Node's.
//
// write() runs one codec step (ZlibContext or BrotliContext::process()) on the
// IOThreadPool and then calls the processCallback given to init() (with `this` the
// handle) on the JS thread; writeSync() runs it inline. Both leave [availOut,
// availIn] in the Uint32Array init() was given; on a codec error they call
// handle.onerror(message, errno, code) instead. While a write is in flight the
// handle is pinned and keeps its input and output buffers alive, and close() waits
// for it to finish (Node's pending close). The codec state is freed by close() or,
// at the latest, by the finalizer.
#include <zlib.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "modules/zlib/BrotliContext.h"
#include "modules/zlib/ZlibContext.h"
#include "runtime/BaseObject.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::zlib {

namespace {

JSClassID zlibClassId = 0;
JSClassID brotliEncoderClassId = 0;
JSClassID brotliDecoderClassId = 0;

class CompressionStream final : public BaseObject {
 public:
  CompressionStream(Runtime& rt, JSValueConst obj, std::unique_ptr<CompressionContext> ctx)
      : BaseObject(rt, obj), ctx_(std::move(ctx)) {}
  // The finalizer may run inside JS_FreeRuntime, after the context is gone: the
  // values are freed through the runtime.
  ~CompressionStream() override {
    JSRuntime* rt = runtime().rt();
    for (JSValue v : {writeState_, callback_, in_, out_}) JS_FreeValueRT(rt, v);
  }

  CompressionContext& zctx() { return *ctx_; }
  // The zlib or Brotli context; nullptr when this stream is the other kind.
  ZlibContext* zlibContext() { return dynamic_cast<ZlibContext*>(ctx_.get()); }
  BrotliContext* brotliContext() { return dynamic_cast<BrotliContext*>(ctx_.get()); }
  bool initDone_ = false;
  bool closed_ = false;
  bool writeInProgress_ = false;
  bool pendingClose_ = false;
  JSValue writeState_ = JS_UNDEFINED;  // Uint32Array(2): [availOut, availIn]
  JSValue callback_ = JS_UNDEFINED;    // processCallback

  void close();
  // Calls this.onerror(message, errno, code); false when it threw.
  // `fromLoop`: called from the loop (a finished write), through the callback scope.
  bool emitError(const CompressionError& e, bool fromLoop = false);
  // errorInfo() -> onerror, else the write result. False when onerror threw.
  bool checkAndStore(bool* failed, bool fromLoop = false);
  void keepBuffers(JSValueConst in, JSValueConst out);
  void releaseBuffers();
  void afterWork(int status);

 protected:
  // writeState and the callback belong to the stream's JS object (zlib.js keeps the
  // same writeState as `_writeState`); the buffers of a write in flight too.
  void markValues(JSRuntime* rt, JS_MarkFunc* mark) override {
    for (JSValue v : {writeState_, callback_, in_, out_}) JS_MarkValue(rt, v, mark);
  }

 private:
  std::unique_ptr<CompressionContext> ctx_;
  JSValue in_ = JS_UNDEFINED;
  JSValue out_ = JS_UNDEFINED;
};

void CompressionStream::close() {
  if (writeInProgress_) {
    pendingClose_ = true;
    return;
  }
  pendingClose_ = false;
  closed_ = true;
  ctx_->close();
}

bool CompressionStream::emitError(const CompressionError& e, bool fromLoop) {
  JSContext* c = context();
  JSValue fn = JS_GetPropertyStr(c, object(), "onerror");
  bool ok = true;
  if (JS_IsFunction(c, fn)) {
    JSValue args[3] = {JS_NewString(c, e.message), JS_NewInt32(c, e.err), JS_NewString(c, e.code)};
    if (fromLoop) {
      JS_FreeValue(c, runtime().makeCallback(fn, object(), 3, args));
    } else {
      JSValue r = JS_Call(c, fn, object(), 3, args);
      ok = !JS_IsException(r);
      JS_FreeValue(c, r);
    }
    for (JSValue& a : args) JS_FreeValue(c, a);
  }
  JS_FreeValue(c, fn);
  // No hope of rescue after an error: a close asked for meanwhile happens now.
  writeInProgress_ = false;
  if (pendingClose_) close();
  return ok;
}

bool CompressionStream::checkAndStore(bool* failed, bool fromLoop) {
  CompressionError e = ctx_->errorInfo();
  *failed = e.isError();
  if (*failed) return emitError(e, fromLoop);
  uint8_t* data;
  size_t len;
  if (getBytes(context(), writeState_, data, len) && len >= 2 * sizeof(uint32_t)) {
    auto* state = reinterpret_cast<uint32_t*>(data);
    state[0] = ctx_->availOut();
    state[1] = ctx_->availIn();
  }
  return true;
}

void CompressionStream::keepBuffers(JSValueConst in, JSValueConst out) {
  in_ = JS_DupValue(context(), in);
  out_ = JS_DupValue(context(), out);
}

void CompressionStream::releaseBuffers() {
  JSRuntime* rt = runtime().rt();
  JS_FreeValueRT(rt, in_);
  JS_FreeValueRT(rt, out_);
  in_ = out_ = JS_UNDEFINED;
}

// On the JS thread after the pool ran process(). The pin taken by write() is
// dropped last (it may be the JS object's last reference), unless the callback
// queued the next write.
void CompressionStream::afterWork(int status) {
  Runtime& rt = runtime();
  releaseBuffers();
  bool failed = true;
  if (status == UV_ECANCELED || rt.tearingDown()) {
    writeInProgress_ = false;
    close();
  } else {
    checkAndStore(&failed, true);
  }
  if (!failed) {
    writeInProgress_ = false;
    JSValue cb = JS_DupValue(context(), callback_);
    JS_FreeValue(context(), rt.makeCallback(cb, object(), 0, nullptr));
    JS_FreeValue(context(), cb);
    if (pendingClose_) close();
  }
  // The callback may have started the next write, which keeps the pin.
  if (!writeInProgress_) unpin();
}

// Any of the three handle classes.
CompressionStream* unwrapStream(JSContext* ctx, JSValueConst v) {
  auto* s = dynamic_cast<CompressionStream*>(BaseObject::fromAny(v));
  if (!s) JS_ThrowTypeError(ctx, "Illegal invocation");
  return s;
}

#define STREAM_OR_THROW(name)                       \
  CompressionStream* name = unwrapStream(ctx, thisVal); \
  if (!name) return JS_EXCEPTION

JSValue jsNew(JSContext* ctx, JSValueConst newTarget, int argc, JSValueConst* argv) {
  int32_t mode = 0;
  if (argc < 1 || JS_ToInt32(ctx, &mode, argv[0]) < 0) return JS_EXCEPTION;
  if (mode < kDeflate || mode > kUnzip) return JS_ThrowRangeError(ctx, "Bad argument");
  JSValue obj = newObjectFromTarget(ctx, newTarget, zlibClassId);
  if (JS_IsException(obj)) return obj;
  // Owned by the JS object.
  new CompressionStream(*Runtime::from(ctx), obj, std::make_unique<ZlibContext>(Mode(mode)));
  return obj;
}

// new BrotliEncoder(mode) / new BrotliDecoder(mode) (magic: 1 encoder).
JSValue jsNewBrotli(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*, int magic) {
  JSClassID id = magic ? brotliEncoderClassId : brotliDecoderClassId;
  JSValue obj = newObjectFromTarget(ctx, newTarget, id);
  if (JS_IsException(obj)) return obj;
  new CompressionStream(*Runtime::from(ctx), obj, std::make_unique<BrotliContext>(magic != 0));
  return obj;
}
JSValue jsNewBrotliEncoder(JSContext* ctx, JSValueConst newTarget, int argc, JSValueConst* argv) {
  return jsNewBrotli(ctx, newTarget, argc, argv, 1);
}
JSValue jsNewBrotliDecoder(JSContext* ctx, JSValueConst newTarget, int argc, JSValueConst* argv) {
  return jsNewBrotli(ctx, newTarget, argc, argv, 0);
}

// Keeps init()'s writeState and callback.
bool setInitState(JSContext* ctx, CompressionStream* s, JSValueConst writeState,
                  JSValueConst callback) {
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, writeState, data, len)) return false;
  if (!JS_IsFunction(ctx, callback)) {
    JS_ThrowTypeError(ctx, "writeCallback must be a function");
    return false;
  }
  JS_FreeValue(ctx, s->writeState_);
  JS_FreeValue(ctx, s->callback_);
  s->writeState_ = JS_DupValue(ctx, writeState);
  s->callback_ = JS_DupValue(ctx, callback);
  return true;
}

// init(windowBits, level, memLevel, strategy, writeState, processCallback, dictionary)
JSValue jsInit(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  STREAM_OR_THROW(s);
  ZlibContext* z = s->zlibContext();
  if (!z || argc < 7) {
    return JS_ThrowTypeError(ctx, "init(windowBits, level, memLevel, strategy, writeResult, "
                                  "writeCallback, dictionary)");
  }
  int32_t v[4];
  for (int i = 0; i < 4; i++)
    if (JS_ToInt32(ctx, &v[i], argv[i]) < 0) return JS_EXCEPTION;
  std::vector<uint8_t> dictionary;
  if (!JS_IsUndefined(argv[6])) {
    uint8_t* data;
    size_t len;
    if (!getBytes(ctx, argv[6], data, len)) return JS_EXCEPTION;
    dictionary.assign(data, data + len);
  }
  if (!setInitState(ctx, s, argv[4], argv[5])) return JS_EXCEPTION;
  z->init(v[1], v[0], v[2], v[3], std::move(dictionary));
  s->initDone_ = true;
  return JS_TRUE;
}

// Brotli's init(params, writeState, processCallback): params is a Uint32Array
// indexed by parameter, 0xFFFFFFFF where unset. false when Brotli refused.
JSValue jsInitBrotli(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  STREAM_OR_THROW(s);
  BrotliContext* b = s->brotliContext();
  if (!b || argc < 3) return JS_ThrowTypeError(ctx, "init(params, writeResult, writeCallback)");
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  std::vector<uint32_t> params(len / sizeof(uint32_t));
  if (!params.empty()) std::memcpy(params.data(), data, params.size() * sizeof(uint32_t));
  if (!setInitState(ctx, s, argv[1], argv[2])) return JS_EXCEPTION;
  s->initDone_ = true;
  if (!b->init()) return JS_FALSE;
  for (uint32_t key = 0; key < params.size(); key++) {
    if (params[key] != UINT32_MAX && !b->setParam(key, params[key])) return JS_FALSE;
  }
  return JS_TRUE;
}

// Reads write()'s arguments: (flush, in, in_off, in_len, out, out_off, out_len).
bool setWriteBuffers(JSContext* ctx, CompressionStream* s, JSValueConst* argv) {
  if (!s->initDone_) return JS_ThrowTypeError(ctx, "write before init"), false;
  if (s->closed_ || s->writeInProgress_ || s->pendingClose_)
    return JS_ThrowTypeError(ctx, "zlib write while closed or busy"), false;
  uint32_t flush, inOff = 0, inLen = 0, outOff, outLen;
  uint8_t *in = nullptr, *out;
  size_t inSize = 0, outSize;
  if (JS_ToUint32(ctx, &flush, argv[0]) < 0) return false;
  if (!JS_IsUndefined(argv[1])) {
    if (!getBytes(ctx, argv[1], in, inSize) || JS_ToUint32(ctx, &inOff, argv[2]) < 0 ||
        JS_ToUint32(ctx, &inLen, argv[3]) < 0)
      return false;
  }
  if (!getBytes(ctx, argv[4], out, outSize) || JS_ToUint32(ctx, &outOff, argv[5]) < 0 ||
      JS_ToUint32(ctx, &outLen, argv[6]) < 0)
    return false;
  if (size_t(inOff) + inLen > inSize || size_t(outOff) + outLen > outSize)
    return JS_ThrowRangeError(ctx, "zlib write out of bounds"), false;
  s->zctx().setBuffers(in ? in + inOff : nullptr, inLen, out + outOff, outLen, int(flush));
  return true;
}

JSValue jsWrite(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  STREAM_OR_THROW(s);
  if (argc < 7) return JS_ThrowTypeError(ctx, "write needs 7 arguments");
  if (!setWriteBuffers(ctx, s, argv)) return JS_EXCEPTION;
  Runtime& rt = *Runtime::from(ctx);
  s->writeInProgress_ = true;
  s->keepBuffers(argv[1], argv[4]);
  s->pin();
  int err = rt.pool().submit([s] { s->zctx().process(); },
                             [s](int status) { s->afterWork(status); });
  if (err != 0) {
    s->writeInProgress_ = false;
    s->releaseBuffers();
    s->unpin();
    return JS_ThrowInternalError(ctx, "zlib: could not queue work (%d)", err);
  }
  return JS_UNDEFINED;
}

JSValue jsWriteSync(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  STREAM_OR_THROW(s);
  if (argc < 7) return JS_ThrowTypeError(ctx, "writeSync needs 7 arguments");
  if (!setWriteBuffers(ctx, s, argv)) return JS_EXCEPTION;
  s->writeInProgress_ = true;
  s->zctx().process();
  bool failed = false;
  bool ok = s->checkAndStore(&failed);
  s->writeInProgress_ = false;
  return ok ? JS_UNDEFINED : JS_EXCEPTION;
}

JSValue jsParams(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  STREAM_OR_THROW(s);
  int32_t level = 0, strategy = 0;
  if (argc < 2 || JS_ToInt32(ctx, &level, argv[0]) < 0 || JS_ToInt32(ctx, &strategy, argv[1]) < 0)
    return JS_EXCEPTION;
  // Brotli streams take no new parameters (a no-op, as in Node).
  ZlibContext* z = s->zlibContext();
  if (!z || s->closed_ || s->writeInProgress_) return JS_UNDEFINED;
  CompressionError e = z->params(level, strategy);
  if (e.isError() && !s->emitError(e)) return JS_EXCEPTION;
  return JS_UNDEFINED;
}

JSValue jsReset(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  STREAM_OR_THROW(s);
  if (s->closed_ || s->writeInProgress_) return JS_UNDEFINED;
  CompressionError e = s->zctx().reset();
  if (e.isError() && !s->emitError(e)) return JS_EXCEPTION;
  return JS_UNDEFINED;
}

JSValue jsClose(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  STREAM_OR_THROW(s);
  s->close();
  return JS_UNDEFINED;
}

// crc32(data, value): data is a string (its UTF-8 bytes) or an ArrayBufferView.
JSValue jsCrc32(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  uint32_t value = 0;
  if (argc > 1 && JS_ToUint32(ctx, &value, argv[1]) < 0) return JS_EXCEPTION;
  uLong crc = value;
  if (JS_IsString(argv[0])) {
    size_t len;
    const char* str = JS_ToCStringLen(ctx, &len, argv[0]);
    if (!str) return JS_EXCEPTION;
    crc = crc32(crc, reinterpret_cast<const Bytef*>(str), uInt(len));
    JS_FreeCString(ctx, str);
  } else {
    uint8_t* data;
    size_t len;
    if (!getBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
    crc = crc32_z(crc, data, len);
  }
  return JS_NewUint32(ctx, uint32_t(crc));
}

#define STREAM_METHODS                             \
  PJS_CFUNC_DEF("params", 2, jsParams),            \
  PJS_CFUNC_DEF("reset", 0, jsReset),              \
  PJS_CFUNC_DEF("close", 0, jsClose),              \
  PJS_CFUNC_DEF("write", 7, jsWrite),              \
  PJS_CFUNC_DEF("writeSync", 7, jsWriteSync)

const JSCFunctionListEntry kZlibProto[] = {PJS_CFUNC_DEF("init", 7, jsInit), STREAM_METHODS};
const JSCFunctionListEntry kBrotliProto[] = {PJS_CFUNC_DEF("init", 3, jsInitBrotli), STREAM_METHODS};
constexpr int kZlibProtoCount = int(sizeof(kZlibProto) / sizeof(kZlibProto[0]));
constexpr int kBrotliProtoCount = int(sizeof(kBrotliProto) / sizeof(kBrotliProto[0]));

void initZlib(Runtime&, JSContext* ctx, JSValueConst exports) {
  setProp(ctx, exports, "Zlib",
          defineClass(ctx, zlibClassId, "Zlib", jsNew, 1, kZlibProto, kZlibProtoCount));
  setProp(ctx, exports, "BrotliEncoder",
          defineClass(ctx, brotliEncoderClassId, "BrotliEncoder", jsNewBrotliEncoder, 1,
                      kBrotliProto, kBrotliProtoCount));
  setProp(ctx, exports, "BrotliDecoder",
          defineClass(ctx, brotliDecoderClassId, "BrotliDecoder", jsNewBrotliDecoder, 1,
                      kBrotliProto, kBrotliProtoCount));
  setFunction(ctx, exports, "crc32", jsCrc32, 2);
  // The values zlib.h defines; lib/zlib.js adds Node's own (modes, limits, Brotli).
  struct { const char* name; int32_t value; } constants[] = {
      {"Z_NO_FLUSH", Z_NO_FLUSH}, {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
      {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH},
      {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
      {"Z_OK", Z_OK}, {"Z_STREAM_END", Z_STREAM_END}, {"Z_NEED_DICT", Z_NEED_DICT},
      {"Z_ERRNO", Z_ERRNO}, {"Z_STREAM_ERROR", Z_STREAM_ERROR},
      {"Z_DATA_ERROR", Z_DATA_ERROR}, {"Z_MEM_ERROR", Z_MEM_ERROR},
      {"Z_BUF_ERROR", Z_BUF_ERROR}, {"Z_VERSION_ERROR", Z_VERSION_ERROR},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
      {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
      {"Z_FILTERED", Z_FILTERED}, {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE},
      {"Z_FIXED", Z_FIXED}, {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
      {"ZLIB_VERNUM", ZLIB_VERNUM},
  };
  JSValue obj = JS_NewObject(ctx);
  for (auto& c : constants) setProp(ctx, obj, c.name, JS_NewInt32(ctx, c.value));
  setProp(ctx, exports, "constants", obj);
  // For process.versions.zlib / .brotli.
  setProp(ctx, exports, "version", JS_NewString(ctx, zlibVersion()));
  uint32_t bv = BrotliEncoderVersion();  // 0xMMMmmmPPP
  std::string brotli = std::to_string(bv >> 24) + "." + std::to_string((bv >> 12) & 0xfff) + "." +
                       std::to_string(bv & 0xfff);
  setProp(ctx, exports, "brotliVersion", newString(ctx, brotli));
}

}  // namespace

PROTOJS_BINDING(zlib, initZlib);

}  // namespace protojs::zlib
