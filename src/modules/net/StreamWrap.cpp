#include "modules/net/StreamWrap.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

#include "loop/ReqWrap.h"
#include "modules/buffer/BufferBinding.h"
#include "modules/buffer/StringAccess.h"
#include "runtime/AsyncContext.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

// PJS_CGETSET_DEF's parameter names collide with the union member names; a local
// variant with other names.
#define NET_CGETSET_DEF(name, getFn, setFn)                                  \
  JSCFunctionListEntry {                                                    \
    name, JS_PROP_CONFIGURABLE, JS_DEF_CGETSET, 0, {                        \
      .getset = {.get = {.getter = getFn }, .set = {.setter = setFn } }     \
    }                                                                       \
  }

namespace protojs::net {

namespace {

// libuv's suggestion (64 KiB) is what Node reads per call too.
constexpr size_t kReadSize = 64 * 1024;

void freeReadBuffer(JSRuntime*, void*, void* ptr) { std::free(ptr); }

// Reads land in one 64 KiB scratch buffer (reads never overlap: libuv calls
// alloc_cb and read_cb back to back on the loop thread). A large read hands the
// buffer itself to JS (no copy; a fresh scratch is made next time); a small one
// is copied out, which costs less than a 64 KiB malloc/free per read and keeps
// glibc from consolidating its heap on every free.
char* scratch = nullptr;
constexpr size_t kStealThreshold = 16 * 1024;

// QuickJS encodes a lone surrogate as its 3-byte WTF-8 form (ED A0..BF xx); Node
// writes U+FFFD (EF BF BD) instead, also 3 bytes, so it is patched in place. Only
// strings with 16-bit characters can hold surrogates, and QuickJS hands those out
// in a freshly allocated buffer.
const char* utf8String(JSContext* ctx, JSValueConst v, size_t& len) {
  const char* s = JS_ToCStringLen(ctx, &len, v);
  if (!s) return nullptr;
  auto* p = reinterpret_cast<unsigned char*>(const_cast<char*>(s));
  for (auto* q = p; (q = static_cast<unsigned char*>(std::memchr(q, 0xED, len - size_t(q - p)))); q++) {
    if (size_t(q - p) + 2 < len && (q[1] & 0xE0) == 0xA0) {
      q[0] = 0xEF;
      q[1] = 0xBF;
      q[2] = 0xBD;
    }
  }
  return s;
}

// An in-flight uv_write. Owns a string's encoded bytes (a QuickJS C string) when
// the data came from a string; Buffers are pinned through keepAlive().
class WriteReq : public ReqWrap<uv_write_t> {
 public:
  WriteReq(Runtime& rt, JSValueConst req, const char* cstr) : ReqWrap(rt, req), cstr_(cstr) {}
  ~WriteReq() override {
    if (cstr_) JS_FreeCString(runtime().ctx(), cstr_);
  }

 private:
  const char* cstr_;
};

using ShutdownReq = ReqWrap<uv_shutdown_t>;
using ConnectReq = ReqWrap<uv_connect_t>;

void afterWrite(uv_write_t* r, int status) {
  std::unique_ptr<WriteReq> req(WriteReq::from<WriteReq>(r));
  auto* wrap = static_cast<StreamWrap*>(HandleWrap::fromHandle(reinterpret_cast<uv_handle_t*>(r->handle)));
  JSContext* ctx = req->runtime().ctx();
  wrap->touchIdle();
  // The handle object is still attached: libuv cancels pending writes before the
  // close callback, which is where the wrap detaches.
  JSValue args[2] = {JS_NewInt32(ctx, status), JS_DupValue(ctx, wrap->object())};
  req->complete(2, args);
  JS_FreeValue(ctx, args[1]);
}

void afterShutdown(uv_shutdown_t* r, int status) {
  std::unique_ptr<ShutdownReq> req(ShutdownReq::from(r));
  auto* wrap = HandleWrap::fromHandle(reinterpret_cast<uv_handle_t*>(r->handle));
  JSContext* ctx = req->runtime().ctx();
  JSValue args[2] = {JS_NewInt32(ctx, status), JS_DupValue(ctx, wrap->object())};
  req->complete(2, args);
  JS_FreeValue(ctx, args[1]);
}

}  // namespace

// readStop() followed by readStart() in the same turn of the loop is common: an http
// request whose body arrives with its head fills the body's buffer before the
// handler's 'data' listener starts the flow (readStop), and the flow resumes it on
// the next tick (readStart). Done at once, each costs libuv's poller a syscall on
// the next poll (epoll_ctl ADD, failing with EEXIST, then MOD) for no change. So a
// stop is recorded and applied just before the loop polls, unless a start came
// first. Until then the stream still looks readable to the poller, but the alloc
// callback gives libuv no buffer while a stop is pending, so no byte is read after
// readStop() either way.
class DeferredReadStops {
 public:
  // The prepare handle is closed by the loop at teardown, after every stream.
  static DeferredReadStops& of(Runtime& rt) { return rt.instanceOf<DeferredReadStops>(); }

  void add(StreamWrap* s) {
    if (streams_.empty()) uv_prepare_start(&prepare_, onPrepare);
    streams_.push_back(s);
  }

  // A stream whose stop is cancelled, or that closes (uv_close stops its reads).
  void remove(StreamWrap* s) {
    for (StreamWrap*& p : streams_) {
      if (p == s) p = nullptr;
    }
  }

 private:
  friend class protojs::Runtime;  // instanceOf() makes and deletes it
  explicit DeferredReadStops(Runtime& rt) {
    uv_prepare_init(rt.loop().uv(), &prepare_);
    prepare_.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&prepare_));
  }

  static void onPrepare(uv_prepare_t* p) {
    auto* d = static_cast<DeferredReadStops*>(p->data);
    for (StreamWrap* s : d->streams_) {
      if (s) s->applyReadStop();  // a stream is listed while its stop is pending
    }
    d->streams_.clear();
    uv_prepare_stop(p);
  }

  uv_prepare_t prepare_;
  std::vector<StreamWrap*> streams_;
};

void StreamWrap::applyReadStop() {
  readStopPending_ = false;
  if (isOpen()) uv_read_stop(stream());
}

void StreamWrap::cancelReadStop() {
  readStopPending_ = false;
  DeferredReadStops::of(runtime()).remove(this);
}

StreamWrap::StreamWrap(Runtime& rt, JSValueConst object, uv_stream_t* stream)
    : HandleWrap(rt, object, reinterpret_cast<uv_handle_t*>(stream)) {}

StreamWrap::~StreamWrap() { onClose(); }

void StreamWrap::onClose() {
  if (readStopPending_) cancelReadStop();
  if (extras_ && extras_->timeouts) extras_->timeouts->remove(extras_->idle);
  if (StreamConsumer* c = consumer()) {
    c->onStreamGone();
    extras_->consumer = nullptr;
  }
  JSContext* ctx = context();
  JS_FreeValue(ctx, onread_.release());
  if (extras_) {
    JS_FreeValue(ctx, extras_->userBuffer);
    extras_->userBuffer = JS_UNDEFINED;
  }
}

StreamWrap::Extras& StreamWrap::extras() {
  if (!extras_) extras_ = std::make_unique<Extras>(this);
  return *extras_;
}

int32_t* StreamWrap::state(Runtime& rt) {
  static_assert(sizeof(rt.streamBaseState_) == sizeof(int32_t) * kNumStreamBaseStateFields);
  return rt.streamBaseState_;
}

namespace {
JSClassID streamClassIds[4] = {};  // TCP, Pipe and TTY so far
}  // namespace

JSValue StreamWrap::defineStreamClass(JSContext* ctx, JSClassID& id, const char* name, JSCFunction* ctor,
                                      int ctorLength, const JSCFunctionListEntry* own, int nOwn) {
  JSValue cls = defineClass(ctx, id, name, ctor, ctorLength, kMethods, kMethodCount);
  JSValue proto = JS_GetPropertyStr(ctx, cls, "prototype");
  JS_SetPropertyFunctionList(ctx, proto, own, nOwn);
  JS_FreeValue(ctx, proto);
  for (JSClassID& slot : streamClassIds) {
    if (slot == id) return cls;
    if (slot == 0) {
      slot = id;
      return cls;
    }
  }
  std::abort();  // more stream classes than slots
}

StreamWrap* StreamWrap::fromAnyStream(JSValueConst v) {
  JSClassID cid = JS_GetClassID(v);
  for (JSClassID id : streamClassIds) {
    if (id == 0) break;
    if (id == cid) return static_cast<StreamWrap*>(BaseObject::fromAny(v));
  }
  return nullptr;
}

StreamWrap* StreamWrap::fromThis(JSContext* ctx, JSValueConst self) {
  StreamWrap* w = fromAnyStream(self);
  if (!w) JS_ThrowTypeError(ctx, "Illegal invocation");
  return w;
}

// ---- reading -------------------------------------------------------------------

void StreamWrap::onAlloc(uv_handle_t* h, size_t, uv_buf_t* buf) {
  auto* w = static_cast<StreamWrap*>(fromHandle(h));
  if (w->readStopPending_) {
    // JS stopped reading earlier in this turn: no buffer, so libuv reads nothing and
    // calls onRead with UV_ENOBUFS, where the stop is applied (not here: libuv
    // calls the read callback after this returns, and uv_read_stop clears it).
    *buf = uv_buf_init(nullptr, 0);
    return;
  }
  if (w->hasUserBuffer()) {
    uint8_t* data;
    size_t len;
    if (getBytes(w->context(), w->extras_->userBuffer, data, len)) {
      *buf = uv_buf_init(reinterpret_cast<char*>(data), unsigned(len));
      return;
    }
    JS_FreeValue(w->context(), JS_GetException(w->context()));
  }
  if (!scratch) scratch = static_cast<char*>(std::malloc(kReadSize));
  *buf = uv_buf_init(scratch, scratch ? unsigned(kReadSize) : 0);  // 0 bytes: libuv reports ENOBUFS
}

void StreamWrap::onRead(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf) {
  auto* w = static_cast<StreamWrap*>(fromHandle(reinterpret_cast<uv_handle_t*>(s)));
  if (nread == UV_ENOBUFS && w->readStopPending_) {
    w->cancelReadStop();
    uv_read_stop(s);
    return;
  }
  bool user = w->hasUserBuffer();
  if (nread != 0) w->touchIdle();
  if (nread <= 0) {
    if (nread < 0) w->emitRead(nread, JS_UNDEFINED);
    return;
  }
  w->bytesRead_ += uint64_t(nread);
  if (StreamConsumer* c = w->consumer(); c && !user) {
    AsyncContextScope scope(w->context(), w->asyncContext());  // as makeCallback's
    if (c->onStreamData(buf->base, size_t(nread))) return;
  }
  if (user) {
    w->emitRead(nread, JS_UNDEFINED);
    return;
  }
  JSContext* ctx = w->context();
  JSValue ab;
  if (size_t(nread) >= kStealThreshold && buf->base == scratch) {
    char* base = scratch;
    scratch = nullptr;
    if (size_t(nread) < kReadSize) {
      if (char* shrunk = static_cast<char*>(std::realloc(base, size_t(nread)))) base = shrunk;
    }
    ab = JS_NewArrayBuffer(ctx, reinterpret_cast<uint8_t*>(base), size_t(nread), freeReadBuffer,
                           nullptr, false);
  } else {
    ab = buffer::newArrayBufferCopy(ctx, buf->base, size_t(nread));
  }
  w->emitRead(nread, ab);
}

void StreamWrap::emitRead(ssize_t nread, JSValue arrayBuffer) {
  JSContext* ctx = context();
  if (runtime().tearingDown() || !JS_IsFunction(ctx, onread_.get())) {
    JS_FreeValue(ctx, arrayBuffer);
    return;
  }
  state()[kReadBytesOrError] = int32_t(nread);
  state()[kArrayBufferOffset] = 0;
  if (!JS_IsUndefined(arrayBuffer)) {
    // JS gets the Buffer itself: made here, it costs no interpreter frame.
    JSValue viewArgs[3] = {arrayBuffer, JS_NewInt32(ctx, 0), JS_NewInt64(ctx, nread)};
    JSValue view = buffer::newFastBuffer(ctx, 3, viewArgs);
    JS_FreeValue(ctx, arrayBuffer);
    if (JS_IsException(view)) {
      runtime().reportException();
      return;
    }
    arrayBuffer = view;
  }
  JSValue fn = JS_DupValue(ctx, onread_.get());  // JS may replace onread during the call
  JSValue args[2] = {JS_NewInt64(ctx, nread), arrayBuffer};
  JS_FreeValue(ctx, runtime().makeCallback(fn, object(), 2, args));
  JS_FreeValue(ctx, fn);
  JS_FreeValue(ctx, arrayBuffer);
}

JSValue StreamWrap::jsReadStart(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  StreamWrap* w = fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  if (!w->isOpen()) return JS_NewInt32(ctx, UV_EBADF);
  int r = uv_read_start(w->stream(), onAlloc, onRead);
  if (w->readStopPending_) {
    // The stop never happened: the stream is still reading (EALREADY), or it was
    // not reading when readStop() was called and has now started.
    w->cancelReadStop();
    if (r == UV_EALREADY) r = 0;
  }
  return JS_NewInt32(ctx, r);
}

JSValue StreamWrap::jsReadStop(JSContext* ctx, JSValueConst self, int, JSValueConst*) {
  StreamWrap* w = fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  if (!w->isOpen()) return JS_NewInt32(ctx, 0);
  if (!w->readStopPending_) {
    w->readStopPending_ = true;
    DeferredReadStops::of(w->runtime()).add(w);
  }
  return JS_NewInt32(ctx, 0);  // what uv_read_stop returns
}

JSValue StreamWrap::jsUseUserBuffer(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  StreamWrap* w = fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  Extras& x = w->extras();
  JS_FreeValue(ctx, x.userBuffer);
  x.userBuffer = JS_DupValue(ctx, argv[0]);
  return JS_UNDEFINED;
}

// setIdleTimeout(ms): 'timeout' after ms without reads or writes (0: never).
JSValue StreamWrap::jsSetIdleTimeout(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  StreamWrap* w = fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  double ms = 0;
  if (JS_ToFloat64(ctx, &ms, argv[0]) < 0) return JS_EXCEPTION;
  if (!w->isOpen()) return JS_UNDEFINED;
  if (!w->extras_ || !w->extras_->timeouts) {
    if (!(ms > 0)) return JS_UNDEFINED;
    w->extras().timeouts = &IdleTimeouts::of(w->runtime());
  }
  // As Node's timers: below 1 ms, or beyond 2^31-1 ms, means 1 ms.
  uint64_t after = !(ms > 0) ? 0 : (ms < 1 || ms > 2147483647.0) ? 1 : uint64_t(ms);
  w->extras_->timeouts->set(w->extras_->idle, after);
  return JS_UNDEFINED;
}

// ---- writing -------------------------------------------------------------------

int StreamWrap::write(JSValueConst req, uv_buf_t* bufs, size_t nbufs, JSValueConst pin,
                      const char* cstr) {
  JSContext* ctx = context();
  size_t total = 0;
  for (size_t i = 0; i < nbufs; i++) total += bufs[i].len;
  state()[kBytesWritten] = int32_t(total);
  state()[kLastWriteWasAsync] = 0;
  touchIdle();
  if (!isOpen()) {
    if (cstr) JS_FreeCString(ctx, cstr);
    return UV_EBADF;
  }
  // Write what the kernel takes right now; libuv queues nothing on this path.
  int r = extras_ ? std::exchange(extras_->tryWriteError, 0) : 0;
  if (r == 0) r = uv_try_write(stream(), bufs, unsigned(nbufs));
  if (r < 0 && r != UV_EAGAIN && r != UV_ENOSYS) {
    if (cstr) JS_FreeCString(ctx, cstr);
    return r;
  }
  size_t done = r > 0 ? size_t(r) : 0;
  bytesWritten_ += total;
  while (nbufs > 0 && done >= bufs->len) {
    done -= bufs->len;
    bufs++;
    nbufs--;
  }
  if (nbufs == 0) {
    if (cstr) JS_FreeCString(ctx, cstr);
    return 0;
  }
  bufs->base += done;
  bufs->len -= done;
  auto wr = std::make_unique<WriteReq>(runtime(), req, cstr);
  if (!JS_IsUndefined(pin)) wr->keepAlive(pin);
  int err = uv_write(wr->req(), stream(), bufs, unsigned(nbufs), afterWrite);
  if (err) return err;  // the request (and the C string) die here
  wr.release();  // owned by libuv until afterWrite
  state()[kLastWriteWasAsync] = 1;
  return 0;
}

// writeBuffer(req, buffer) -> err
JSValue StreamWrap::jsWriteBuffer(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  StreamWrap* w = fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, argv[1], data, len)) return JS_EXCEPTION;
  uv_buf_t buf = uv_buf_init(reinterpret_cast<char*>(data), unsigned(len));
  return JS_NewInt32(ctx, w->write(argv[0], &buf, 1, argv[1], nullptr));
}

// writeUtf8String(req, string) -> err. QuickJS hands out the UTF-8 bytes of the
// string (often without copying); the request owns them until completion.
JSValue StreamWrap::jsWriteUtf8String(JSContext* ctx, JSValueConst self, int,
                                      JSValueConst* argv) {
  StreamWrap* w = fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  size_t len = 0;
  const char* s = utf8String(ctx, argv[1], len);
  if (!s) return JS_EXCEPTION;
  uv_buf_t buf = uv_buf_init(const_cast<char*>(s), unsigned(len));
  return JS_NewInt32(ctx, w->write(argv[0], &buf, 1, JS_UNDEFINED, s));
}

// tryWrite(bufferOrUtf8String[, latin1]) -> bytes left unwritten (0 = all), or an
// error code. Queues nothing: the fast path of socket.write() when no write is
// pending, so a chunk the kernel takes at once needs no request object and no
// callback. With latin1 a string is written as its Latin-1 bytes (undefined when it
// has characters beyond Latin-1).
JSValue StreamWrap::jsTryWrite(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv) {
  StreamWrap* w = fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  if (!w->isOpen()) return JS_NewInt32(ctx, UV_EBADF);
  if (argc > 1 && JS_ToBool(ctx, argv[1]) && JS_IsString(argv[0])) {
    StringView s(ctx, argv[0]);
    if (!s.ok()) return JS_EXCEPTION;
    if (s.wide()) return JS_UNDEFINED;
    uv_buf_t buf = uv_buf_init(const_cast<char*>(reinterpret_cast<const char*>(s.latin1())), unsigned(s.length()));
    return w->tryWriteBufs(ctx, &buf, 1);
  }
  // Other views and wrong types take the caller's full path (which converts them
  // or throws Node's error).
  if (!JS_IsString(argv[0]) && JS_GetClassID(argv[0]) != buffer::uint8ArrayClassId()) return JS_UNDEFINED;
  int64_t left = 0;
  if (!w->tryWriteChunk(ctx, argv[0], left)) return JS_EXCEPTION;
  return JS_NewInt64(ctx, left);
}

bool StreamWrap::tryWriteChunk(JSContext* ctx, JSValueConst chunk, int64_t& left) {
  const char* cstr = nullptr;
  uv_buf_t buf;
  if (JS_IsString(chunk)) {
    size_t len = 0;
    cstr = utf8String(ctx, chunk, len);
    if (!cstr) return false;
    buf = uv_buf_init(const_cast<char*>(cstr), unsigned(len));
  } else {
    uint8_t* data;
    size_t len;
    if (!getBytes(ctx, chunk, data, len)) return false;
    buf = uv_buf_init(reinterpret_cast<char*>(data), unsigned(len));
  }
  left = tryWriteRaw(&buf, 1);
  if (cstr) JS_FreeCString(ctx, cstr);
  return true;
}

// uv_try_write of bufs: the bytes left unwritten, or an error code.
JSValue StreamWrap::tryWriteBufs(JSContext* ctx, uv_buf_t* bufs, unsigned n) {
  return JS_NewInt64(ctx, tryWriteRaw(bufs, n));
}

int64_t StreamWrap::tryWriteRaw(uv_buf_t* bufs, unsigned n) {
  touchIdle();
  if (extras_ && extras_->tryWriteError) return extras_->tryWriteError;
  size_t total = 0;
  for (unsigned i = 0; i < n; i++) total += bufs[i].len;
  int r = total == 0 ? 0 : uv_try_write(stream(), bufs, n);
  if (r == UV_EAGAIN || r == UV_ENOSYS) r = 0;
  if (r < 0) {
    extras().tryWriteError = r;  // for the JS path's write, which reports it
    return r;
  }
  bytesWritten_ += uint64_t(r);
  return int64_t(total) - r;
}

// tryWriteHead(head, bytes) -> bytes left unwritten of the two (0 = all), an error
// code, or undefined when head has characters beyond Latin-1. An http message's
// head (a Latin-1 string, written as its bytes, as Node writes it) and a body
// Buffer in one uv_try_write, with no copy of either.
JSValue StreamWrap::jsTryWriteHead(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  StreamWrap* w = fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  if (!w->isOpen()) return JS_NewInt32(ctx, UV_EBADF);
  StringView head(ctx, argv[0]);
  if (!head.ok()) return JS_EXCEPTION;
  if (head.wide()) return JS_UNDEFINED;
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, argv[1], data, len)) return JS_EXCEPTION;
  uv_buf_t bufs[2] = {
      uv_buf_init(const_cast<char*>(reinterpret_cast<const char*>(head.latin1())), unsigned(head.length())),
      uv_buf_init(reinterpret_cast<char*>(data), unsigned(len)),
  };
  return w->tryWriteBufs(ctx, bufs, 2);
}

// writev(req, chunks) -> err, where every chunk is a Buffer or TypedArray (JS
// encodes strings first). One try_write / one uv_write for all of them.
JSValue StreamWrap::jsWritev(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  StreamWrap* w = fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  int64_t n = 0;
  JSValue lenv = JS_GetPropertyStr(ctx, argv[1], "length");
  if (JS_ToInt64(ctx, &n, lenv) < 0) return JS_EXCEPTION;
  std::vector<uv_buf_t> bufs(size_t(n > 0 ? n : 0));
  for (int64_t i = 0; i < n; i++) {
    JSValue chunk = JS_GetPropertyUint32(ctx, argv[1], uint32_t(i));
    uint8_t* data;
    size_t len;
    bool ok = getBytes(ctx, chunk, data, len);
    JS_FreeValue(ctx, chunk);  // the array (pinned below) keeps it alive
    if (!ok) return JS_EXCEPTION;
    bufs[size_t(i)] = uv_buf_init(reinterpret_cast<char*>(data), unsigned(len));
  }
  return JS_NewInt32(ctx, w->write(argv[0], bufs.data(), bufs.size(), argv[1], nullptr));
}

// shutdown(req) -> err; req.oncomplete(status, handle) follows.
JSValue StreamWrap::jsShutdown(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  StreamWrap* w = fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  if (!w->isOpen()) return JS_NewInt32(ctx, UV_EBADF);
  auto req = std::make_unique<ShutdownReq>(w->runtime(), argv[0]);
  int err = uv_shutdown(req->req(), w->stream(), afterShutdown);
  if (err == 0) req.release();
  return JS_NewInt32(ctx, err);
}

// ---- connections -----------------------------------------------------------------

void StreamWrap::afterConnect(uv_connect_t* r, int status) {
  std::unique_ptr<ConnectReq> req(ConnectReq::from(r));
  auto* wrap = static_cast<StreamWrap*>(fromHandle(reinterpret_cast<uv_handle_t*>(r->handle)));
  JSContext* ctx = req->runtime().ctx();
  wrap->touchIdle();
  JSValue args[5] = {JS_NewInt32(ctx, status), JS_DupValue(ctx, wrap->object()),
                     JS_DupValue(ctx, req->object()), JS_TRUE, JS_TRUE};
  req->complete(5, args);
  JS_FreeValue(ctx, args[1]);
  JS_FreeValue(ctx, args[2]);
}

void StreamWrap::onConnection(uv_stream_t* server, int status) {
  auto* w = static_cast<StreamWrap*>(fromHandle(reinterpret_cast<uv_handle_t*>(server)));
  Runtime& rt = w->runtime();
  if (rt.tearingDown()) return;
  JSContext* ctx = rt.ctx();
  JSValue client = JS_UNDEFINED;
  if (status == 0) {
    client = w->newClient();
    auto* cw = fromAnyStream(client);
    if (!cw) return;  // out of memory: the connection stays in the backlog
    status = uv_accept(server, cw->stream());
    if (status != 0) {
      cw->close(JS_UNDEFINED);
      JS_FreeValue(ctx, client);
      client = JS_UNDEFINED;
    }
  }
  JSValue fn = JS_GetPropertyStr(ctx, w->object(), "onconnection");
  JSValue args[2] = {JS_NewInt32(ctx, status), client};
  if (JS_IsFunction(ctx, fn)) {
    JS_FreeValue(ctx, rt.makeCallback(fn, w->object(), 2, args));
  } else if (auto* cw = dynamic_cast<HandleWrap*>(BaseObject::fromAny(client))) {
    cw->close(JS_UNDEFINED);  // nobody to hand it to
  }
  JS_FreeValue(ctx, fn);
  JS_FreeValue(ctx, client);
}

// ---- properties ------------------------------------------------------------------

JSValue StreamWrap::jsGetOnread(JSContext* ctx, JSValueConst self) {
  auto* w = fromAnyStream(self);
  return w ? JS_DupValue(ctx, w->onread_.get()) : JS_UNDEFINED;
}

JSValue StreamWrap::jsSetOnread(JSContext* ctx, JSValueConst self, JSValueConst v) {
  auto* w = fromAnyStream(self);
  if (!w) return JS_UNDEFINED;
  JS_FreeValue(ctx, w->onread_.release());
  w->onread_ = ObjectRef::take(ctx, JS_DupValue(ctx, v));
  return JS_UNDEFINED;
}

JSValue StreamWrap::jsGetBytesRead(JSContext* ctx, JSValueConst self) {
  auto* w = fromAnyStream(self);
  return JS_NewFloat64(ctx, w ? double(w->bytesRead_) : 0);
}

JSValue StreamWrap::jsGetBytesWritten(JSContext* ctx, JSValueConst self) {
  auto* w = fromAnyStream(self);
  return JS_NewFloat64(ctx, w ? double(w->bytesWritten_) : 0);
}

JSValue StreamWrap::jsGetWriteQueueSize(JSContext* ctx, JSValueConst self) {
  auto* w = fromAnyStream(self);
  return JS_NewFloat64(ctx, w && w->isOpen() ? double(w->stream()->write_queue_size) : 0);
}

JSValue StreamWrap::jsGetFd(JSContext* ctx, JSValueConst self) {
  auto* w = fromAnyStream(self);
  uv_os_fd_t fd = -1;
  if (!w || !w->isOpen() || uv_fileno(w->handle(), &fd) != 0) return JS_NewInt32(ctx, -1);
  return JS_NewInt32(ctx, fd);
}

const JSCFunctionListEntry StreamWrap::kMethods[] = {
    PROTOJS_HANDLE_METHODS,
    PJS_CFUNC_DEF("readStart", 0, jsReadStart),
    PJS_CFUNC_DEF("readStop", 0, jsReadStop),
    PJS_CFUNC_DEF("shutdown", 1, jsShutdown),
    PJS_CFUNC_DEF("writeBuffer", 2, jsWriteBuffer),
    PJS_CFUNC_DEF("writev", 2, jsWritev),
    PJS_CFUNC_DEF("writeUtf8String", 2, jsWriteUtf8String),
    PJS_CFUNC_DEF("tryWrite", 1, jsTryWrite),
    PJS_CFUNC_DEF("tryWriteHead", 2, jsTryWriteHead),
    PJS_CFUNC_DEF("useUserBuffer", 1, jsUseUserBuffer),
    PJS_CFUNC_DEF("setIdleTimeout", 1, jsSetIdleTimeout),
    NET_CGETSET_DEF("onread", jsGetOnread, jsSetOnread),
    NET_CGETSET_DEF("bytesRead", jsGetBytesRead, nullptr),
    NET_CGETSET_DEF("bytesWritten", jsGetBytesWritten, nullptr),
    NET_CGETSET_DEF("writeQueueSize", jsGetWriteQueueSize, nullptr),
    NET_CGETSET_DEF("fd", jsGetFd, nullptr),
};
const int StreamWrap::kMethodCount = sizeof(kMethods) / sizeof(kMethods[0]);

// ---- the stream_wrap binding: shared state and constants ---------------------------

namespace {

// setIdleCallback(fn): fn.call(handle) runs when a handle's idle timeout passes.
JSValue jsSetIdleCallback(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  IdleTimeouts::of(*Runtime::from(ctx)).setCallback(ctx, argv[0]);
  return JS_UNDEFINED;
}

void initStreamWrap(Runtime& rt, JSContext* ctx, JSValueConst exports) {
  rt.atTeardown([] {
    std::free(scratch);
    scratch = nullptr;
  });
  int32_t* s = StreamWrap::state(rt);
  JSValue ab = JS_NewArrayBuffer(ctx, reinterpret_cast<uint8_t*>(s),
                                 sizeof(int32_t) * kNumStreamBaseStateFields, nullptr, nullptr, false);
  JSValue global = JS_GetGlobalObject(ctx);
  JSValue ctor = JS_GetPropertyStr(ctx, global, "Int32Array");
  setProp(ctx, exports, "streamBaseState", JS_CallConstructor(ctx, ctor, 1, &ab));
  JS_FreeValue(ctx, ctor);
  JS_FreeValue(ctx, global);
  JS_FreeValue(ctx, ab);
  setProp(ctx, exports, "kReadBytesOrError", JS_NewInt32(ctx, kReadBytesOrError));
  setProp(ctx, exports, "kArrayBufferOffset", JS_NewInt32(ctx, kArrayBufferOffset));
  setProp(ctx, exports, "kBytesWritten", JS_NewInt32(ctx, kBytesWritten));
  setProp(ctx, exports, "kLastWriteWasAsync", JS_NewInt32(ctx, kLastWriteWasAsync));
  setFunction(ctx, exports, "setIdleCallback", jsSetIdleCallback, 1);
  addSocketWrite(ctx, exports);
}


}  // namespace

PROTOJS_BINDING(stream_wrap, initStreamWrap);

}  // namespace protojs::net
