// internalBinding('stream_state'): native accessors for the one-bit flags of
// ReadableState and WritableState (lib/internal/streams/readable.js, writable.js).
// The flags share one integer field, `state`; code inside those files tests bits,
// but code outside them reads `state.ended`, `state.destroyed`, ... by name. With a
// JS getter each such read is a full interpreter call (a frame, a handful of
// opcodes); a C accessor does the same bit test without the frame.
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

// data[0]: the atom of the bit field's name, as an int.
JSAtom fieldAtom(JSValueConst* data) { return JSAtom(JS_VALUE_GET_INT(data[0])); }

bool readField(JSContext* ctx, JSValueConst self, JSValueConst* data, int32_t* bits) {
  JSValue v = JS_GetProperty(ctx, self, fieldAtom(data));
  if (JS_VALUE_GET_TAG(v) == JS_TAG_INT) {
    *bits = JS_VALUE_GET_INT(v);
    return true;
  }
  int rc = JS_ToInt32(ctx, bits, v);  // what `this.state & bit` would do
  JS_FreeValue(ctx, v);
  return rc == 0;
}

JSValue getFlag(JSContext* ctx, JSValueConst self, int, JSValueConst*, int bit, JSValueConst* data) {
  int32_t bits;
  if (!readField(ctx, self, data, &bits)) return JS_EXCEPTION;
  return JS_NewBool(ctx, (uint32_t(bits) >> bit) & 1u);
}

JSValue setFlag(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int bit,
                JSValueConst* data) {
  int32_t bits;
  if (!readField(ctx, self, data, &bits)) return JS_EXCEPTION;
  bool on = argc > 0 && JS_ToBool(ctx, argv[0]);
  uint32_t mask = 1u << bit;
  int32_t next = int32_t(on ? (uint32_t(bits) | mask) : (uint32_t(bits) & ~mask));
  if (JS_SetProperty(ctx, self, fieldAtom(data), JS_NewInt32(ctx, next)) < 0) return JS_EXCEPTION;
  return JS_UNDEFINED;
}

// flagAccessors(fieldName, bitIndex) -> [get, set] for Object.defineProperty.
JSValue jsFlagAccessors(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t bit;
  if (JS_ToInt32(ctx, &bit, argv[1]) < 0) return JS_EXCEPTION;
  if (bit < 0 || bit > 30) return JS_ThrowRangeError(ctx, "bit index out of range");
  JSAtom field = JS_ValueToAtom(ctx, argv[0]);
  if (field == JS_ATOM_NULL) return JS_EXCEPTION;
  Runtime::from(ctx)->atTeardown([ctx, field] { JS_FreeAtom(ctx, field); });
  JSValue data[1] = {JS_NewInt32(ctx, int32_t(field))};
  JSValue out = JS_NewArray(ctx);
  JS_SetPropertyUint32(ctx, out, 0, JS_NewCFunctionData(ctx, getFlag, 0, bit, 1, data));
  JS_SetPropertyUint32(ctx, out, 1, JS_NewCFunctionData(ctx, setFlag, 1, bit, 1, data));
  return out;
}

void initStreamState(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "flagAccessors", jsFlagAccessors, 2);
}

}  // namespace

PROTOJS_BINDING(stream_state, initStreamState);

}  // namespace protojs
