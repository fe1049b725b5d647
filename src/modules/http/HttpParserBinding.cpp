// internalBinding('http_parser'): Node's HTTPParser class on top of ParserCore.
//
// One call into JS per message head (kOnHeadersComplete with the header pairs as one
// flat array), one per body piece (kOnBody with a Buffer that views the bytes being
// parsed, no copy) and one per message end (kOnMessageComplete). The callbacks are
// read from the parser object's indexed slots on every event, as Node does, so JS
// can null them to silence a parser it has freed.
//
// Every event happens inside execute()/finish(), a JS->native call, so callbacks are
// plain JS_Call: the caller's callback scope drains ticks when it unwinds. A parser
// that consumes its socket's handle (a server connection, as in Node) is fed by the
// handle's reads instead and opens the callback scope itself; as in Node, ticks and
// promise jobs also run after each of its body pieces (see onBody). The JS
// object is `this` of that call and stays alive throughout; close() only marks the
// parser, and memory goes with the JS object's finalizer.
#include <uv.h>

#include <string_view>
#include <vector>

#include "modules/buffer/BufferBinding.h"
#include "modules/http/HttpParser.h"
#include "modules/net/StreamWrap.h"
#include "runtime/BaseObject.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

using http::ParserCore;

enum Slot : uint32_t {
  kOnMessageBegin = 0,
  kOnHeaders = 1,
  kOnHeadersComplete = 2,
  kOnBody = 3,
  kOnMessageComplete = 4,
  kOnExecute = 5,
  kOnTimeout = 6,
};

JSClassID parserClassId = 0;

enum HeadFlags : int32_t { kHasHost = 1, kHasExpect = 2 };

// Header bytes are Latin-1 to Node; QuickJS builds strings from UTF-8.
JSValue latin1String(JSContext* ctx, std::string_view s) {
  size_t high = 0;
  for (unsigned char c : s) high += c >> 7;
  if (high == 0) return JS_NewStringLen(ctx, s.data(), s.size());
  std::string utf8;
  utf8.reserve(s.size() + high);
  for (unsigned char c : s) {
    if (c < 0x80) {
      utf8.push_back(char(c));
    } else {
      utf8.push_back(char(0xC0 | (c >> 6)));
      utf8.push_back(char(0x80 | (c & 0x3F)));
    }
  }
  return JS_NewStringLen(ctx, utf8.data(), utf8.size());
}

uint64_t loopNow(void* opaque) {
  // uv_now is cached per loop iteration: cheap, and precise enough for timeouts in ms.
  return uv_now(static_cast<uv_loop_t*>(opaque)) + 1;  // never 0: 0 means idle
}

class HttpParserWrap final : public BaseObject,
                             public ParserCore::Delegate,
                             public net::StreamConsumer {
 public:
  HttpParserWrap(Runtime& rt, JSValueConst obj) : BaseObject(rt, obj) {
    core_.setDelegate(this);
    core_.setClock(loopNow, rt.loop().uv());
  }
  ~HttpParserWrap() override {
    unconsume();
    releaseInput();
  }

  // consume(handle): the handle's reads are parsed here, without a JS call per
  // read; kOnExecute(result) follows each. Body views point into a copy of the read.
  void consume(net::StreamWrap* stream, JSValueConst bufferProto);
  void unconsume();
  bool onStreamData(const char* data, size_t len) override;
  void onStreamGone() override { stream_ = nullptr; }

  ParserCore& core() { return core_; }
  bool closed_ = false;

  JSValue execute(JSContext* ctx, JSValueConst buf);
  JSValue finish(JSContext* ctx);
  JSValue currentBuffer(JSContext* ctx);

  int onMessageBegin() override { return call(kOnMessageBegin, 0, nullptr) ? 0 : -1; }
  int onHeaders() override;
  int onHeadersComplete() override;
  int onBody(const char* at, size_t len) override;
  int onMessageComplete() override { return call(kOnMessageComplete, 0, nullptr) ? 0 : -1; }

 private:
  // Calls slot `slot` if it holds a function. False when it threw.
  bool call(Slot slot, int argc, JSValueConst* argv, JSValue* result = nullptr);
  JSValue headersArray(JSContext* ctx);
  int headFlags() const;
  JSValue resultValue(JSContext* ctx, const ParserCore::Result& r, bool isFinish);
  void releaseInput();

  ParserCore core_;
  net::StreamWrap* stream_ = nullptr;
  JSValue bufferProto_ = JS_UNDEFINED;
  bool gotException_ = false;
  // Inside onStreamData's execute(): the events come from the consumed stream.
  bool feeding_ = false;
  // The Buffer being parsed, for body views and getCurrentBuffer().
  JSValue input_ = JS_UNDEFINED;
  JSValue inputAb_ = JS_UNDEFINED;
  JSValue inputProto_ = JS_UNDEFINED;
  const char* inputBase_ = nullptr;
  size_t inputLen_ = 0;
  size_t inputOffset_ = 0;
  // headersArray()'s scratch (its values are moved into the array it returns).
  std::vector<JSValue> headerValues_;
};

bool HttpParserWrap::call(Slot slot, int argc, JSValueConst* argv, JSValue* result) {
  if (closed_) return true;
  JSContext* ctx = context();
  JSValue fn = JS_GetPropertyUint32(ctx, object(), slot);
  if (!JS_IsFunction(ctx, fn)) {
    JS_FreeValue(ctx, fn);
    return true;
  }
  JSValue r = JS_Call(ctx, fn, object(), argc, argv);
  JS_FreeValue(ctx, fn);
  if (JS_IsException(r)) {
    gotException_ = true;
    return false;
  }
  if (result) *result = r;
  else JS_FreeValue(ctx, r);
  return true;
}

// [name, value, name, value, ...], allocated at its size at once.
JSValue HttpParserWrap::headersArray(JSContext* ctx) {
  std::vector<JSValue>& values = headerValues_;
  values.clear();
  for (size_t i = 0; i < core_.pairCount(); i++) {
    values.push_back(latin1String(ctx, core_.fieldName(i)));
    values.push_back(latin1String(ctx, core_.fieldValue(i)));
  }
  return JS_NewArrayFrom(ctx, int(values.size()), values.data());
}

int HttpParserWrap::onHeaders() {
  JSContext* ctx = context();
  JSValue argv[2] = {headersArray(ctx), latin1String(ctx, core_.url())};
  bool ok = call(kOnHeaders, 2, argv);
  JS_FreeValue(ctx, argv[0]);
  JS_FreeValue(ctx, argv[1]);
  return ok ? 0 : -1;
}

// (versionMajor, versionMinor, headers, method, url, statusCode, statusMessage,
//  upgrade, shouldKeepAlive, headFlags): after an early flush, headers and url are
// undefined and JS uses what kOnHeaders delivered (plus a final flush here).
// headFlags (kHasHost | kHasExpect) saves the server a JS scan of the pairs for the
// two headers it checks on every request; undefined after an early flush.
int HttpParserWrap::onHeadersComplete() {
  JSContext* ctx = context();
  const llhttp_t& p = core_.raw();
  JSValue headers = JS_UNDEFINED, url = JS_UNDEFINED;
  if (core_.flushed()) {
    if (onHeaders() != 0) return -1;
  } else {
    headers = headersArray(ctx);
    if (p.type == HTTP_REQUEST) url = latin1String(ctx, core_.url());
  }
  bool request = p.type == HTTP_REQUEST;
  JSValue flags = JS_UNDEFINED;
  if (request && !core_.flushed()) flags = JS_NewInt32(ctx, headFlags());
  JSValue argv[10] = {
      JS_NewInt32(ctx, p.http_major),
      JS_NewInt32(ctx, p.http_minor),
      headers,
      request ? JS_NewInt32(ctx, p.method) : JS_UNDEFINED,
      url,
      request ? JS_UNDEFINED : JS_NewInt32(ctx, p.status_code),
      request ? JS_UNDEFINED : latin1String(ctx, core_.statusMessage()),
      JS_NewBool(ctx, p.upgrade),
      JS_NewBool(ctx, llhttp_should_keep_alive(&p)),
      flags,
  };
  JSValue r = JS_UNDEFINED;
  bool ok = call(kOnHeadersComplete, 10, argv, &r);
  for (JSValue& v : argv) JS_FreeValue(ctx, v);
  if (!ok) return -1;
  int32_t rv = 0;
  if (JS_IsNumber(r)) JS_ToInt32(ctx, &rv, r);
  JS_FreeValue(ctx, r);
  return rv;
}

bool equalsLower(const std::string& name, std::string_view lower) {
  if (name.size() != lower.size()) return false;
  for (size_t i = 0; i < name.size(); i++) {
    if ((name[i] | 0x20) != lower[i]) return false;
  }
  return true;
}

int HttpParserWrap::headFlags() const {
  int flags = 0;
  for (size_t i = 0; i < core_.pairCount(); i++) {
    const std::string& name = core_.fieldName(i);
    if (equalsLower(name, "host")) flags |= kHasHost;
    else if (equalsLower(name, "expect")) flags |= kHasExpect;
  }
  return flags;
}

int HttpParserWrap::onBody(const char* at, size_t len) {
  if (closed_ || len == 0) return 0;
  JSContext* ctx = context();
  if (JS_IsUndefined(inputAb_)) {
    if (JS_IsUndefined(input_)) {  // a consumed read: copy it once, view the copy
      inputAb_ = buffer::newArrayBufferCopy(ctx, inputBase_, inputLen_);
      inputOffset_ = 0;
      inputProto_ = JS_DupValue(ctx, bufferProto_);
    } else {
      inputAb_ = JS_GetTypedArrayBuffer(ctx, input_, &inputOffset_, nullptr, nullptr);
      inputProto_ = JS_GetPrototype(ctx, input_);
    }
    if (JS_IsException(inputAb_)) {
      inputAb_ = JS_UNDEFINED;
      gotException_ = true;
      return -1;
    }
  }
  // A view of the bytes being parsed, with the input's prototype (Buffer's).
  size_t offset = inputOffset_ + size_t(at - inputBase_);
  JSValue args[3] = {inputAb_, JS_NewInt64(ctx, int64_t(offset)), JS_NewInt64(ctx, int64_t(len))};
  JSValue view = buffer::newViewWithPrototype(ctx, 3, args, inputProto_);
  if (JS_IsException(view)) {
    gotException_ = true;
    return -1;
  }
  bool ok = call(kOnBody, 1, &view);
  JS_FreeValue(ctx, view);
  // Node calls kOnBody of a parser that consumes its stream in a callback scope of
  // its own (kOnHeadersComplete and kOnMessageComplete skip the queues), so ticks
  // and promise jobs run after each body piece: the resume() of a 'data' listener
  // added by the 'request' handler runs before the message's end is pushed.
  if (ok && feeding_) runtime().drainTasks();
  return ok ? 0 : -1;
}

void HttpParserWrap::releaseInput() {
  JSContext* ctx = context();
  JS_FreeValue(ctx, input_);
  JS_FreeValue(ctx, inputAb_);
  JS_FreeValue(ctx, inputProto_);
  input_ = inputAb_ = inputProto_ = JS_UNDEFINED;
  inputBase_ = nullptr;
  inputLen_ = 0;
}

// A number (bytes parsed), or an Error 'Parse Error' with bytesParsed, code, reason.
JSValue HttpParserWrap::resultValue(JSContext* ctx, const ParserCore::Result& r, bool isFinish) {
  if (gotException_) {
    gotException_ = false;
    return JS_EXCEPTION;
  }
  bool upgrade = core_.raw().upgrade;
  if (r.err == HPE_OK || closed_ || upgrade) {
    return isFinish ? JS_UNDEFINED : JS_NewInt64(ctx, int64_t(r.nread));
  }
  // Made by the Error constructor, as Node's: a stack, and `message` not enumerable.
  JSValue global = JS_GetGlobalObject(ctx);
  JSValue errorCtor = JS_GetPropertyStr(ctx, global, "Error");
  JSValue message = JS_NewString(ctx, "Parse Error");
  JSValue e = JS_CallConstructor(ctx, errorCtor, 1, &message);
  JS_FreeValue(ctx, message);
  JS_FreeValue(ctx, errorCtor);
  JS_FreeValue(ctx, global);
  if (JS_IsException(e)) return e;
  setProp(ctx, e, "bytesParsed", JS_NewInt64(ctx, int64_t(r.nread)));
  setProp(ctx, e, "code", newString(ctx, r.code));
  setProp(ctx, e, "reason", newString(ctx, r.reason));
  return e;
}

JSValue HttpParserWrap::execute(JSContext* ctx, JSValueConst buf) {
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, buf, data, len)) return JS_EXCEPTION;
  if (core_.executing()) return JS_ThrowTypeError(ctx, "HTTPParser.execute() is not reentrant");
  input_ = JS_DupValue(ctx, buf);
  inputBase_ = reinterpret_cast<const char*>(data);
  inputLen_ = len;
  ParserCore::Result r = core_.execute(inputBase_, len);
  releaseInput();
  return resultValue(ctx, r, false);
}

void HttpParserWrap::consume(net::StreamWrap* stream, JSValueConst bufferProto) {
  unconsume();
  stream_ = stream;
  stream->setConsumer(this);
  JS_FreeValue(context(), bufferProto_);
  bufferProto_ = JS_DupValue(context(), bufferProto);
}

void HttpParserWrap::unconsume() {
  if (stream_) stream_->setConsumer(nullptr);
  stream_ = nullptr;
  JS_FreeValue(context(), bufferProto_);
  bufferProto_ = JS_UNDEFINED;
}

// One read of a consumed stream: parse it, then kOnExecute(bytes parsed or error),
// all in one callback scope, as Node's parser does when it consumes a stream.
bool HttpParserWrap::onStreamData(const char* data, size_t len) {
  // Paused (JS stops consuming before it pauses) or inside execute(): JS takes it.
  if (core_.executing() || closed_ || llhttp_get_errno(&core_.raw()) == HPE_PAUSED) return false;
  JSContext* ctx = context();
  Runtime& rt = runtime();
  JSValue self = JS_DupValue(ctx, object());  // JS may drop the parser meanwhile
  rt.enterCallbackScope();
  inputBase_ = data;
  inputLen_ = len;
  feeding_ = true;
  ParserCore::Result r = core_.execute(data, len);
  feeding_ = false;
  JSValue ret = resultValue(ctx, r, false);
  if (JS_IsException(ret)) {
    rt.reportException();
  } else {
    bool ok = call(kOnExecute, 1, &ret);
    JS_FreeValue(ctx, ret);
    if (!ok) {
      gotException_ = false;
      rt.reportException();
    }
  }
  releaseInput();
  rt.leaveCallbackScope();
  JS_FreeValue(ctx, self);
  return true;
}

JSValue HttpParserWrap::finish(JSContext* ctx) {
  if (core_.executing()) return JS_ThrowTypeError(ctx, "HTTPParser.finish() is not reentrant");
  ParserCore::Result r = core_.finish();
  return resultValue(ctx, r, true);
}

JSValue HttpParserWrap::currentBuffer(JSContext* ctx) {
  JSValue ab = buffer::newArrayBufferCopy(ctx, inputBase_, inputLen_);
  if (JS_IsException(ab)) return ab;
  // A consumed read has no JS input: the view takes the prototype consume() was given.
  JSValue proto = JS_IsUndefined(input_) ? JS_DupValue(ctx, bufferProto_) : JS_GetPrototype(ctx, input_);
  if (!JS_IsObject(proto)) {
    JS_FreeValue(ctx, proto);
    return ab;
  }
  // All three arguments: the constructor reads offset and length unconditionally.
  JSValue args[3] = {ab, JS_NewInt32(ctx, 0), JS_NewInt64(ctx, int64_t(inputLen_))};
  JSValue view = buffer::newViewWithPrototype(ctx, 3, args, proto);
  JS_FreeValue(ctx, ab);
  JS_FreeValue(ctx, proto);
  return view;
}

HttpParserWrap* unwrapParser(JSContext* ctx, JSValueConst v) {
  return BaseObject::unwrapAs<HttpParserWrap>(ctx, v, parserClassId);
}

#define PARSER_OR_THROW(p) \
  HttpParserWrap* p = unwrapParser(ctx, thisVal); \
  if (!p) return JS_EXCEPTION

JSValue jsNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  JSValue obj = newObjectFromTarget(ctx, newTarget, parserClassId);
  if (JS_IsException(obj)) return obj;
  new HttpParserWrap(*Runtime::from(ctx), obj);  // owned by the JS object
  return obj;
}

// initialize(type, resource, maxHeaderSize, lenientFlags, connections)
JSValue jsInitialize(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  PARSER_OR_THROW(p);
  if (p->core().executing()) return JS_ThrowTypeError(ctx, "HTTPParser reinitialized while parsing");
  int32_t type = 0, maxHeaderSize = 0, lenient = 0;
  JS_ToInt32(ctx, &type, argv[0]);
  if (type != HTTP_REQUEST && type != HTTP_RESPONSE) return JS_ThrowRangeError(ctx, "invalid parser type");
  if (argc > 2 && JS_IsNumber(argv[2])) JS_ToInt32(ctx, &maxHeaderSize, argv[2]);
  if (argc > 3 && JS_IsNumber(argv[3])) JS_ToInt32(ctx, &lenient, argv[3]);
  p->core().init(llhttp_type_t(type), uint32_t(maxHeaderSize > 0 ? maxHeaderSize : 0),
                 uint16_t(lenient));
  // As Node: a parser on a server's connection list is timed from now, so a peer
  // that connects and sends nothing is reclaimed by headersTimeout.
  if (argc > 4 && JS_ToBool(ctx, argv[4])) p->core().markMessageStart();
  p->closed_ = false;
  return JS_UNDEFINED;
}

JSValue jsExecute(JSContext* ctx, JSValueConst thisVal, int, JSValueConst* argv) {
  PARSER_OR_THROW(p);
  return p->execute(ctx, argv[0]);
}

JSValue jsFinish(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  PARSER_OR_THROW(p);
  return p->finish(ctx);
}

// close(), free() and remove(): the parser stops calling back; memory goes with the
// JS object.
JSValue jsClose(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  PARSER_OR_THROW(p);
  p->closed_ = true;
  p->unconsume();
  return JS_UNDEFINED;
}

JSValue jsNoop(JSContext*, JSValueConst, int, JSValueConst*) { return JS_UNDEFINED; }

// consume(handle[, bufferPrototype]) / unconsume()
JSValue jsConsume(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  PARSER_OR_THROW(p);
  net::StreamWrap* stream = net::StreamWrap::fromThis(ctx, argv[0]);
  if (!stream) return JS_EXCEPTION;
  p->consume(stream, argc > 1 ? argv[1] : JS_UNDEFINED);
  return JS_UNDEFINED;
}

JSValue jsUnconsume(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  PARSER_OR_THROW(p);
  p->unconsume();
  return JS_UNDEFINED;
}

JSValue jsPause(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*, int magic) {
  PARSER_OR_THROW(p);
  if (magic) p->core().pause();
  else p->core().resume();
  return JS_UNDEFINED;
}

JSValue jsGetCurrentBuffer(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  PARSER_OR_THROW(p);
  return p->currentBuffer(ctx);
}

// Time (loop ms) at which the current message began, 0 between messages.
JSValue jsLastMessageStart(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  PARSER_OR_THROW(p);
  return JS_NewFloat64(ctx, double(p->core().lastMessageStart()));
}

JSValue jsHeadersCompleted(JSContext* ctx, JSValueConst thisVal, int, JSValueConst*) {
  PARSER_OR_THROW(p);
  return JS_NewBool(ctx, p->core().headersCompleted());
}

const JSCFunctionListEntry kProto[] = {
    PJS_CFUNC_DEF("initialize", 4, jsInitialize),
    PJS_CFUNC_DEF("execute", 1, jsExecute),
    PJS_CFUNC_DEF("finish", 0, jsFinish),
    PJS_CFUNC_DEF("close", 0, jsClose),
    PJS_CFUNC_DEF("free", 0, jsNoop),
    PJS_CFUNC_DEF("remove", 0, jsNoop),
    PJS_CFUNC_DEF("consume", 1, jsConsume),
    PJS_CFUNC_DEF("unconsume", 0, jsUnconsume),
    PJS_CFUNC_MAGIC_DEF("pause", 0, jsPause, 1),
    PJS_CFUNC_MAGIC_DEF("resume", 0, jsPause, 0),
    PJS_CFUNC_DEF("getCurrentBuffer", 0, jsGetCurrentBuffer),
    PJS_CFUNC_DEF("lastMessageStart", 0, jsLastMessageStart),
    PJS_CFUNC_DEF("headersCompleted", 0, jsHeadersCompleted),
};

JSValue methodList(JSContext* ctx, bool all) {
  JSValue arr = JS_NewArray(ctx);
  uint32_t i = 0;
#define PJS_METHOD(num, name, string) \
  JS_SetPropertyUint32(ctx, arr, all ? uint32_t(num) : i++, JS_NewString(ctx, #string));
  if (all) {
    HTTP_ALL_METHOD_MAP(PJS_METHOD)
  } else {
    HTTP_METHOD_MAP(PJS_METHOD)
  }
#undef PJS_METHOD
  (void)i;
  return arr;
}

void init(Runtime&, JSContext* ctx, JSValueConst exports) {
  JSValue ctor = defineClass(ctx, parserClassId, "HTTPParser", jsNew, 0, kProto,
                             int(sizeof(kProto) / sizeof(kProto[0])));
  struct { const char* name; int32_t value; } constants[] = {
      {"REQUEST", HTTP_REQUEST}, {"RESPONSE", HTTP_RESPONSE},
      {"kOnMessageBegin", kOnMessageBegin}, {"kOnHeaders", kOnHeaders},
      {"kOnHeadersComplete", kOnHeadersComplete}, {"kOnBody", kOnBody},
      {"kOnMessageComplete", kOnMessageComplete}, {"kOnExecute", kOnExecute},
      {"kOnTimeout", kOnTimeout}, {"kHasHost", kHasHost}, {"kHasExpect", kHasExpect},
      {"kLenientNone", 0}, {"kLenientHeaders", LENIENT_HEADERS},
      {"kLenientChunkedLength", LENIENT_CHUNKED_LENGTH}, {"kLenientKeepAlive", LENIENT_KEEP_ALIVE},
      {"kLenientAll", 0x3FF},
  };
  for (auto& c : constants) setProp(ctx, ctor, c.name, JS_NewInt32(ctx, c.value));
  setProp(ctx, exports, "HTTPParser", ctor);
  setProp(ctx, exports, "methods", methodList(ctx, false));
  setProp(ctx, exports, "allMethods", methodList(ctx, true));
}

}  // namespace

PROTOJS_BINDING(http_parser, init);

}  // namespace protojs
