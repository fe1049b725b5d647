// net.Socket.prototype.write for the case that dominates: a chunk without a
// callback, on a connected socket with nothing queued, corked or in flight, that
// the kernel takes at once (uv_try_write). That case runs here without entering the
// interpreter; every other call goes to the JS write it was made with
// (lib/internal/net/socket.js), which stays the definition. A chunk the kernel takes
// only in part has its rest queued by the JS writeRest (internal/net/fast_stream).
//
// The tests read what the JS fast path (tryFastWrite) reads, in the same order of
// cost, so both paths agree on when a write may go out at once.
#include <string_view>

#include "modules/buffer/BufferBinding.h"
#include "modules/net/StreamWrap.h"
#include "runtime/Binding.h"
#include "runtime/Value.h"

namespace protojs::net {

namespace {

enum Data { kSlowWrite, kWriteRest, kHolder, kDataCount };
enum Key {
  kWritableState, kHandle, kConnecting, kState, kLength, kCorked, kErrored,
  kDefaultEncoding, kTimeout, kKeyCount
};

struct WriteKeys {
  JSAtom atom[kKeyCount];
  int32_t idleMask;  // Writable[kIdleBits]
  int32_t idleWant;
};

const WriteKeys& keysOf(JSValueConst* data) {
  return *static_cast<const WriteKeys*>(holderValue(data[kHolder]));
}

// obj[atom] is an int32 equal to `want` (a double or anything else is "no").
bool intPropertyIs(JSContext* ctx, JSValueConst obj, JSAtom atom, int32_t want) {
  JSValue v = JS_GetProperty(ctx, obj, atom);
  bool is = JS_VALUE_GET_TAG(v) == JS_TAG_INT && JS_VALUE_GET_INT(v) == want;
  JS_FreeValue(ctx, v);
  return is;
}

// obj[atom] is null (1), not null (0), or threw (-1).
int propertyIsNull(JSContext* ctx, JSValueConst obj, JSAtom atom) {
  JSValue v = JS_GetProperty(ctx, obj, atom);
  if (JS_IsException(v)) return -1;
  int isNull = JS_IsNull(v);
  JS_FreeValue(ctx, v);
  return isNull;
}

// `encoding` names UTF-8 as Node's write() reads it (undefined/null: the stream's
// default encoding). Other encodings take the JS path.
bool isUtf8(JSContext* ctx, JSValueConst state, JSValueConst encoding, const WriteKeys& k) {
  JSValue enc = JS_IsUndefined(encoding) || JS_IsNull(encoding)
                    ? JS_GetProperty(ctx, state, k.atom[kDefaultEncoding])
                    : JS_DupValue(ctx, encoding);
  bool utf8 = false;
  if (JS_IsString(enc)) {
    size_t len = 0;
    const char* s = JS_ToCStringLen(ctx, &len, enc);
    if (s) {
      std::string_view name(s, len);
      utf8 = name == "utf8" || name == "utf-8";
      JS_FreeCString(ctx, s);
    }
  }
  JS_FreeValue(ctx, enc);
  return utf8;
}

// The socket's handle, when it is an open stream handle and the socket is neither
// connecting nor waiting on a JS idle timer (those need the JS path's bookkeeping).
StreamWrap* openHandleOf(JSContext* ctx, JSValueConst socket, const WriteKeys& k) {
  if (propertyIsNull(ctx, socket, k.atom[kTimeout]) != 1) return nullptr;
  JSValue handle = JS_GetProperty(ctx, socket, k.atom[kHandle]);
  StreamWrap* w = StreamWrap::fromAnyStream(handle);
  JS_FreeValue(ctx, handle);  // socket._handle keeps it; nothing runs JS before the write
  if (w == nullptr || !w->isOpen()) return nullptr;
  JSValue connecting = JS_GetProperty(ctx, socket, k.atom[kConnecting]);
  int busy = JS_ToBool(ctx, connecting);
  JS_FreeValue(ctx, connecting);
  return busy == 0 ? w : nullptr;
}

// Nothing queued, corked, in flight, ended or failed on the writable side.
bool writableIdle(JSContext* ctx, JSValueConst state, const WriteKeys& k) {
  JSValue bits = JS_GetProperty(ctx, state, k.atom[kState]);
  bool idle = JS_VALUE_GET_TAG(bits) == JS_TAG_INT &&
              (JS_VALUE_GET_INT(bits) & k.idleMask) == k.idleWant;
  JS_FreeValue(ctx, bits);
  return idle && intPropertyIs(ctx, state, k.atom[kLength], 0) &&
         intPropertyIs(ctx, state, k.atom[kCorked], 0) &&
         propertyIsNull(ctx, state, k.atom[kErrored]) == 1;
}

JSValue slowWrite(JSContext* ctx, JSValueConst* data, JSValueConst self, int argc, JSValueConst* argv) {
  return JS_Call(ctx, data[kSlowWrite], self, argc, argv);
}

// write(chunk[, encoding][, callback]) with `this` the socket.
JSValue jsSocketWrite(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int,
                      JSValueConst* data) {
  JSValueConst chunk = argc > 0 ? argv[0] : JS_UNDEFINED;
  JSValueConst encoding = argc > 1 ? argv[1] : JS_UNDEFINED;
  const bool isString = JS_IsString(chunk);
  // A Buffer with an encoding takes the JS path, which checks the encoding's name.
  if ((argc > 2 && !JS_IsUndefined(argv[2])) || JS_IsFunction(ctx, encoding) || !JS_IsObject(self) ||
      (!isString && (JS_GetClassID(chunk) != buffer::uint8ArrayClassId() ||
                     !(JS_IsUndefined(encoding) || JS_IsNull(encoding))))) {
    return slowWrite(ctx, data, self, argc, argv);
  }
  const WriteKeys& k = keysOf(data);
  StreamWrap* w = openHandleOf(ctx, self, k);
  if (w == nullptr) return JS_HasException(ctx) ? JS_EXCEPTION : slowWrite(ctx, data, self, argc, argv);
  JSValue state = JS_GetProperty(ctx, self, k.atom[kWritableState]);
  if (!JS_IsObject(state) || !writableIdle(ctx, state, k) || (isString && !isUtf8(ctx, state, encoding, k))) {
    JS_FreeValue(ctx, state);
    if (JS_HasException(ctx)) return JS_EXCEPTION;
    return slowWrite(ctx, data, self, argc, argv);
  }
  int64_t left = 0;
  if (!w->tryWriteChunk(ctx, chunk, left)) {
    JS_FreeValue(ctx, state);
    return JS_EXCEPTION;
  }
  if (left < 0) {  // nothing was written: the JS path reports the error
    JS_FreeValue(ctx, state);
    return slowWrite(ctx, data, self, argc, argv);
  }
  if (left == 0) {
    JS_FreeValue(ctx, state);
    return JS_TRUE;
  }
  JSValueConst restArgs[4] = {self, state, chunk, JS_NewInt64(ctx, left)};
  JSValue ret = JS_Call(ctx, data[kWriteRest], JS_UNDEFINED, 4, restArgs);
  JS_FreeValue(ctx, state);
  return ret;
}

// makeSocketWrite(slowWrite, writeRest, kTimeout, idleMask, idleWant) -> write
JSValue jsMakeSocketWrite(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  auto* keys = new WriteKeys();
  const char* names[] = {"_writableState", "_handle", "connecting", "state", "length",
                         "corked", "errored", "defaultEncoding"};
  for (int i = 0; i < kTimeout; i++) keys->atom[i] = JS_NewAtom(ctx, names[i]);
  keys->atom[kTimeout] = JS_ValueToAtom(ctx, argv[2]);
  if (JS_ToInt32(ctx, &keys->idleMask, argv[3]) < 0 || JS_ToInt32(ctx, &keys->idleWant, argv[4]) < 0) {
    keys->idleMask = keys->idleWant = -1;  // never idle: every write takes the JS path
  }
  JSValue holder = newHolder(ctx, keys, [](JSRuntime* r, void* p) {
    auto* held = static_cast<WriteKeys*>(p);
    for (JSAtom a : held->atom) JS_FreeAtomRT(r, a);
    delete held;
  });
  if (JS_IsException(holder)) return holder;
  JSValue fnData[kDataCount] = {argv[0], argv[1], holder};
  JSValue fn = JS_NewCFunctionData(ctx, jsSocketWrite, 3, 0, kDataCount, fnData);
  JS_FreeValue(ctx, holder);
  // Node's is an anonymous function expression: its name is ''.
  JS_DefinePropertyValueStr(ctx, fn, "name", JS_NewString(ctx, ""), JS_PROP_CONFIGURABLE);
  return fn;
}

}  // namespace

void addSocketWrite(JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "makeSocketWrite", jsMakeSocketWrite, 5);
}

}  // namespace protojs::net
