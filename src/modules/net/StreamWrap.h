// Base of the uv_stream_t handles (TCP, Pipe): Node's LibuvStreamWrap + StreamBase.
//
// Reads: libuv reads into malloc'd memory that becomes the ArrayBuffer of the Buffer
// handed to `handle.onread(nread, buffer)` without a second copy; one JS call per read.
// Writes: uv_try_write first, a request (uv_write_t) only for what is left. The
// request pins the Buffers it points into, or owns its encoded copy of a string, and
// completes with `req.oncomplete(status, handle, error)`. Whether a write finished
// synchronously is reported through the shared `streamBaseState` array, as in Node,
// so JS can skip a callback hop.
#pragma once
#include <uv.h>

#include <cstdint>
#include <memory>

#include "loop/HandleWrap.h"
#include "modules/net/IdleTimeouts.h"

namespace protojs::net {

// Indices into the shared Int32Array `streamBaseState` (stream_wrap binding).
enum StreamBaseStateFields {
  kReadBytesOrError = 0,
  kArrayBufferOffset = 1,
  kBytesWritten = 2,
  kLastWriteWasAsync = 3,
  kNumStreamBaseStateFields = 4,
};

// Takes a stream's data natively instead of JS (Node's StreamListener): the HTTP
// parser of a server connection. The stream and the consumer know each other by
// plain pointers; each forgets the other when it goes (no reference cycle hidden
// from the garbage collector).
class StreamConsumer {
 public:
  virtual ~StreamConsumer() = default;
  // Bytes just read, valid during the call only. False: not taken (JS gets them).
  virtual bool onStreamData(const char* data, size_t len) = 0;
  // The stream is closing: drop the pointer to it.
  virtual void onStreamGone() = 0;
};

class StreamWrap : public HandleWrap {
 public:
  StreamWrap(Runtime& rt, JSValueConst object, uv_stream_t* stream);
  ~StreamWrap() override;

  uv_stream_t* stream() const { return reinterpret_cast<uv_stream_t*>(handle()); }
  static StreamWrap* fromThis(JSContext* ctx, JSValueConst self);
  // The wrap behind `v` if it is an object of a stream class, else nullptr (no
  // exception). A class-id test: a dynamic_cast cost more than the rest of a write.
  static StreamWrap* fromAnyStream(JSValueConst v);
  // Defines a stream class (TCP, Pipe, TTY): the stream methods and the class's own
  // on its prototype, the id registered for fromAnyStream(). Returns the constructor.
  static JSValue defineStreamClass(JSContext* ctx, JSClassID& id, const char* name, JSCFunction* ctor,
                                   int ctorLength, const JSCFunctionListEntry* own, int nOwn);

  // Data reads go to `c` (null: back to JS). Errors and EOF always go to JS.
  void setConsumer(StreamConsumer* c) {
    if (c || extras_) extras().consumer = c;
  }

  // Activity for the idle timeout (socket.setTimeout): reads, writes, connect.
  void touchIdle() {
    if (extras_ && extras_->idle.ms != 0) extras_->timeouts->touch(extras_->idle);
  }

  // uv_try_write of one chunk, a string (as UTF-8, the way Node writes it) or a
  // Uint8Array: `left` gets the bytes left unwritten (0: all) or a libuv error.
  // False with a JS exception pending when the chunk is neither.
  bool tryWriteChunk(JSContext* ctx, JSValueConst chunk, int64_t& left);

  // The shared state array of this runtime (streamBaseState).
  static int32_t* state(Runtime& rt);

  // Methods every stream class puts on its prototype.
  static const JSCFunctionListEntry kMethods[];
  static const int kMethodCount;

 // Completion of a connect request: req.oncomplete(status, handle, req, true, true).
  static void afterConnect(uv_connect_t* req, int status);
  // For servers: accepts, then calls this.onconnection(status, clientHandle).
  static void onConnection(uv_stream_t* server, int status);

 protected:
  void onClose() override;
  // A new unconnected handle object of the same class, for an accepted connection.
  virtual JSValue newClient() = 0;

 private:
  static void onAlloc(uv_handle_t* h, size_t suggested, uv_buf_t* buf);
  static void onRead(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf);
  void emitRead(ssize_t nread, JSValue arrayBuffer);

  static JSValue jsReadStart(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsReadStop(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsShutdown(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsWriteBuffer(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsWritev(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsWriteUtf8String(JSContext* ctx, JSValueConst self, int argc,
                                   JSValueConst* argv);
  static JSValue jsTryWrite(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsTryWriteHead(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsUseUserBuffer(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsSetIdleTimeout(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv);
  static JSValue jsGetOnread(JSContext* ctx, JSValueConst self);
  static JSValue jsSetOnread(JSContext* ctx, JSValueConst self, JSValueConst v);
  static JSValue jsGetBytesRead(JSContext* ctx, JSValueConst self);
  static JSValue jsGetBytesWritten(JSContext* ctx, JSValueConst self);
  static JSValue jsGetWriteQueueSize(JSContext* ctx, JSValueConst self);
  static JSValue jsGetFd(JSContext* ctx, JSValueConst self);

  // Writes `bufs` (try_write, then a request for the rest). `req` is the JS request;
  // `pin` (may be undefined) is kept alive until completion; `cstr` (a QuickJS C
  // string, may be null) is freed then.
  int write(JSValueConst req, uv_buf_t* bufs, size_t nbufs, JSValueConst pin, const char* cstr);
  JSValue tryWriteBufs(JSContext* ctx, uv_buf_t* bufs, unsigned n);
  int64_t tryWriteRaw(uv_buf_t* bufs, unsigned n);

  // What not every stream uses (an idle timeout, a user read buffer, a native
  // consumer), allocated on first use: an idle connection then costs 88 bytes less
  // (a server holds one wrap per connection).
  struct Extras {
    explicit Extras(StreamWrap* s) : idle(s) {}
    IdleEntry idle;
    IdleTimeouts* timeouts = nullptr;  // set with the first timeout
    // A user-supplied read buffer (Socket option `onread.buffer`), else undefined.
    JSValue userBuffer = JS_UNDEFINED;
    StreamConsumer* consumer = nullptr;  // takes the data reads when set
    // An error a fast write's uv_try_write got (ECONNRESET, say). The JS path then
    // writes the chunk again and must report this one: the kernel reports a reset
    // once, and a second write would see EPIPE.
    int tryWriteError = 0;
  };
  Extras& extras();
  bool hasUserBuffer() const { return extras_ && !JS_IsUndefined(extras_->userBuffer); }

  int32_t* state() const { return state(runtime()); }

  StreamConsumer* consumer() const { return extras_ ? extras_->consumer : nullptr; }

  ObjectRef onread_;  // owned
  std::unique_ptr<Extras> extras_;
  uint64_t bytesRead_ = 0;
  uint64_t bytesWritten_ = 0;
  friend class DeferredReadStops;
  void applyReadStop();
  void cancelReadStop();
};

// Adds makeSocketWrite() to the stream_wrap binding (SocketWrite.cpp).
void addSocketWrite(JSContext* ctx, JSValueConst exports);

}  // namespace protojs::net
