// spawnSync (Node's spawn_sync binding): spawn(options) runs a child to completion on
// a private libuv loop, as Node's SyncProcessRunner does, and returns
// { pid, status, signal, output, error }. The JS thread's own loop does not run
// meanwhile, so no JS callback can happen during the call.
//
// options: what SpawnOptions reads, plus timeout (ms, 0: none), maxBuffer (bytes of
// output in all, may be Infinity), killSignal, and stdio entries { type: 'pipe',
// readable, writable, input } | { type: 'inherit' | 'fd', fd } | { type: 'ignore' }.
// `readable` means the child reads the pipe (stdin), `writable` that it writes it.
// output[i] is an ArrayBuffer of what the child wrote to pipe i, else null; error is
// a libuv code (spawn failure, UV_ETIMEDOUT, UV_ENOBUFS) or absent.
#include <uv.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "modules/child_process/SpawnOptions.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::child_process {

namespace {

class SyncRunner;

// One stdio pipe of the child on the private loop.
struct SyncPipe {
  SyncRunner* runner = nullptr;
  uv_pipe_t pipe;
  uv_write_t write;
  uv_shutdown_t shutdown;
  std::string input;   // what we write to the child (it reads the pipe)
  std::string output;  // what the child wrote
  bool childReads = false;
  bool childWrites = false;
  bool closing = false;
  char buf[65536];
};

class SyncRunner {
 public:
  SyncRunner() { uv_loop_init(&loop_); }
  ~SyncRunner() {
    closeAll();
    uv_run(&loop_, UV_RUN_DEFAULT);  // runs the close callbacks
    uv_loop_close(&loop_);
  }

  JSValue run(JSContext* ctx, JSValueConst options);

 private:
  bool parseStdio(JSContext* ctx, JSValueConst options);
  void startIo();
  void kill();
  void closePipes();
  void closeAll();
  void setError(int err) {
    if (error_ == 0) error_ = err;
  }
  JSValue result(JSContext* ctx);

  static void onExit(uv_process_t* p, int64_t status, int signal);
  static void onTimeout(uv_timer_t* t);
  static void onAlloc(uv_handle_t* h, size_t, uv_buf_t* buf);
  static void onRead(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf);
  static void afterWrite(uv_write_t* req, int status);
  static void afterShutdown(uv_shutdown_t* req, int status);
  static void closePipe(SyncPipe* p);

  uv_loop_t loop_;
  uv_process_t process_;
  uv_timer_t timer_;
  bool processInit_ = false;
  bool timerInit_ = false;
  SpawnOptions opts_;
  std::vector<std::unique_ptr<SyncPipe>> pipes_;  // one per stdio entry, null if not a pipe
  double maxBuffer_ = INFINITY;
  double buffered_ = 0;
  int64_t timeout_ = 0;
  int32_t killSignal_ = SIGTERM;
  int error_ = 0;
  int spawnError_ = 0;
  bool exited_ = false;
  bool killed_ = false;
  int64_t exitStatus_ = -1;
  int termSignal_ = 0;
};

bool getNumber(JSContext* ctx, JSValueConst obj, const char* name, double& out) {
  JSValue v = JS_GetPropertyStr(ctx, obj, name);
  int r = JS_IsNumber(v) ? JS_ToFloat64(ctx, &out, v) : 0;
  JS_FreeValue(ctx, v);
  return r == 0;
}


bool SyncRunner::parseStdio(JSContext* ctx, JSValueConst options) {
  JSValue stdio = JS_GetPropertyStr(ctx, options, "stdio");
  uint32_t n = 0;
  bool ok = arrayLength(ctx, stdio, n);
  opts_.stdio.resize(n);
  pipes_.resize(n);
  for (uint32_t i = 0; ok && i < n; i++) {
    JSValue item = JS_GetPropertyUint32(ctx, stdio, i);
    JSValue type = JS_GetPropertyStr(ctx, item, "type");
    std::string t;
    ok = toStdString(ctx, type, t);
    JS_FreeValue(ctx, type);
    uv_stdio_container_t& c = opts_.stdio[i];
    c = uv_stdio_container_t{};
    if (!ok) {
    } else if (t == "ignore") {
      c.flags = UV_IGNORE;
    } else if (t == "pipe") {
      auto p = std::make_unique<SyncPipe>();
      p->runner = this;
      p->childReads = getBoolProp(ctx, item, "readable");
      p->childWrites = getBoolProp(ctx, item, "writable");
      JSValue input = JS_GetPropertyStr(ctx, item, "input");
      if (!JS_IsUndefined(input) && !JS_IsNull(input)) {
        uint8_t* data = nullptr;
        size_t len = 0;
        ok = getBytes(ctx, input, data, len);
        if (ok) p->input.assign(reinterpret_cast<char*>(data), len);
      }
      JS_FreeValue(ctx, input);
      uv_pipe_init(&loop_, &p->pipe, 0);
      p->pipe.data = p.get();
      int flags = UV_CREATE_PIPE;
      if (p->childReads) flags |= UV_READABLE_PIPE;
      if (p->childWrites) flags |= UV_WRITABLE_PIPE;
      c.flags = uv_stdio_flags(flags);
      c.data.stream = reinterpret_cast<uv_stream_t*>(&p->pipe);
      pipes_[i] = std::move(p);
    } else {
      ok = inheritFd(ctx, item, c);
    }
    JS_FreeValue(ctx, item);
  }
  JS_FreeValue(ctx, stdio);
  return ok;
}

JSValue SyncRunner::run(JSContext* ctx, JSValueConst options) {
  if (!opts_.parse(ctx, options) || !parseStdio(ctx, options)) return JS_EXCEPTION;
  double d = 0;
  if (!getNumber(ctx, options, "maxBuffer", maxBuffer_)) return JS_EXCEPTION;
  if (!getNumber(ctx, options, "timeout", d)) return JS_EXCEPTION;
  timeout_ = d > 0 ? static_cast<int64_t>(d) : 0;
  d = SIGTERM;
  if (!getNumber(ctx, options, "killSignal", d)) return JS_EXCEPTION;
  killSignal_ = static_cast<int32_t>(d);

  uv_process_options_t& o = opts_.options();
  o.exit_cb = onExit;
  process_.data = this;
  processInit_ = true;  // uv_spawn initializes the handle even when it fails
  int err = uv_spawn(&loop_, &process_, &o);
  if (err != 0) {
    spawnError_ = err;
    setError(err);
  } else {
    if (timeout_ > 0) {
      uv_timer_init(&loop_, &timer_);
      timerInit_ = true;
      timer_.data = this;
      uv_timer_start(&timer_, onTimeout, static_cast<uint64_t>(timeout_), 0);
      uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));  // the child keeps the loop alive
    }
    startIo();
    uv_run(&loop_, UV_RUN_DEFAULT);
  }
  return result(ctx);
}

void SyncRunner::startIo() {
  for (auto& p : pipes_) {
    if (!p) continue;
    auto* s = reinterpret_cast<uv_stream_t*>(&p->pipe);
    if (p->childReads) {
      if (!p->input.empty()) {
        uv_buf_t b = uv_buf_init(p->input.data(), static_cast<unsigned>(p->input.size()));
        p->write.data = p.get();
        if (uv_write(&p->write, s, &b, 1, afterWrite) != 0) closePipe(p.get());
      }
      p->shutdown.data = p.get();
      if (!p->closing && uv_shutdown(&p->shutdown, s, afterShutdown) != 0) closePipe(p.get());
    }
    if (p->childWrites && !p->closing) {
      if (uv_read_start(s, onAlloc, onRead) != 0) closePipe(p.get());
    }
  }
}

void SyncRunner::closePipe(SyncPipe* p) {
  if (p->closing) return;
  p->closing = true;
  uv_close(reinterpret_cast<uv_handle_t*>(&p->pipe), nullptr);
}

void SyncRunner::closePipes() {
  for (auto& p : pipes_) {
    if (p) closePipe(p.get());
  }
}

void SyncRunner::closeAll() {
  closePipes();
  if (timerInit_) {
    timerInit_ = false;
    uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  }
  if (processInit_) {
    processInit_ = false;
    uv_close(reinterpret_cast<uv_handle_t*>(&process_), nullptr);
  }
}

void SyncRunner::kill() {
  if (killed_) return;
  killed_ = true;
  if (!exited_) {
    int r = uv_process_kill(&process_, killSignal_);
    if (r < 0 && r != UV_ESRCH) {
      setError(r);
      uv_process_kill(&process_, SIGKILL);
    }
  }
  closePipes();
  if (timerInit_) uv_timer_stop(&timer_);
}

void SyncRunner::onExit(uv_process_t* p, int64_t status, int signal) {
  auto* self = static_cast<SyncRunner*>(p->data);
  self->exited_ = true;
  self->exitStatus_ = status;
  self->termSignal_ = signal;
  if (self->timerInit_) uv_timer_stop(&self->timer_);
}

void SyncRunner::onTimeout(uv_timer_t* t) {
  auto* self = static_cast<SyncRunner*>(t->data);
  self->setError(UV_ETIMEDOUT);
  self->kill();
}

void SyncRunner::onAlloc(uv_handle_t* h, size_t, uv_buf_t* buf) {
  auto* p = static_cast<SyncPipe*>(h->data);
  *buf = uv_buf_init(p->buf, sizeof(p->buf));
}

void SyncRunner::onRead(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf) {
  auto* p = static_cast<SyncPipe*>(s->data);
  if (nread < 0) {
    // EOF, or an error that ends the stream all the same (Node records it only
    // when it is not EOF).
    if (nread != UV_EOF) p->runner->setError(static_cast<int>(nread));
    closePipe(p);
    return;
  }
  if (nread == 0) return;
  p->output.append(buf->base, static_cast<size_t>(nread));
  SyncRunner* r = p->runner;
  r->buffered_ += static_cast<double>(nread);
  if (r->buffered_ > r->maxBuffer_) {
    r->setError(UV_ENOBUFS);
    r->kill();
  }
}

void SyncRunner::afterWrite(uv_write_t* req, int status) {
  auto* p = static_cast<SyncPipe*>(req->data);
  // A child that exits without reading all its input gives EPIPE, which Node reports
  // as the result's error too. ECANCELED only follows a kill, whose error came first.
  if (status < 0 && status != UV_ECANCELED) p->runner->setError(status);
}

void SyncRunner::afterShutdown(uv_shutdown_t* req, int status) {
  auto* p = static_cast<SyncPipe*>(req->data);
  if (status < 0 && status != UV_ENOTCONN && status != UV_ECANCELED) {
    p->runner->setError(status);
  }
  if (!p->childWrites) closePipe(p);
}

JSValue SyncRunner::result(JSContext* ctx) {
  JSValue r = JS_NewObject(ctx);
  setProp(ctx, r, "pid", JS_NewInt32(ctx, spawnError_ ? 0 : process_.pid));
  if (spawnError_) {
    setProp(ctx, r, "status", JS_NULL);
    setProp(ctx, r, "signal", JS_NULL);
  } else {
    setProp(ctx, r, "status", termSignal_ > 0 ? JS_NULL : JS_NewInt64(ctx, exitStatus_));
    setProp(ctx, r, "signal", termSignal_ > 0 ? JS_NewInt32(ctx, termSignal_) : JS_NULL);
  }
  if (error_ != 0) setProp(ctx, r, "error", JS_NewInt32(ctx, error_));
  if (!spawnError_) {
    JSValue output = JS_NewArray(ctx);
    for (uint32_t i = 0; i < pipes_.size(); i++) {
      SyncPipe* p = pipes_[i].get();
      JSValue v = JS_NULL;
      if (p && p->childWrites) {
        v = JS_NewArrayBufferCopy(ctx, reinterpret_cast<const uint8_t*>(p->output.data()),
                                  p->output.size());
      }
      JS_SetPropertyUint32(ctx, output, i, v);
    }
    setProp(ctx, r, "output", output);
  } else {
    setProp(ctx, r, "output", JS_NULL);
  }
  return r;
}

JSValue jsSpawn(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  if (argc < 1 || !JS_IsObject(argv[0])) return JS_ThrowTypeError(ctx, "options must be an object");
  auto runner = std::make_unique<SyncRunner>();
  return runner->run(ctx, argv[0]);
}

void initSpawnSync(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "spawn", jsSpawn, 1);
}

}  // namespace

PROTOJS_BINDING(spawn_sync, initSpawnSync);

}  // namespace protojs::child_process
