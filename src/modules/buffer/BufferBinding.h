// The 'buffer' binding: encoding, decoding, search, compare and fill for lib/buffer.js.
// Functions take the buffer as their first argument; lib/ validates ranges first, and
// the native side clamps again so a bad call can never touch memory out of bounds.
#pragma once
#include <quickjs.h>

#include <cstddef>
#include <cstdint>

namespace protojs {
class Runtime;
class StringView;
}  // namespace protojs

namespace protojs::buffer {

// Encoding ids shared with lib/internal/buffer.js (kEncodings there).
enum Encoding : int { kUtf8 = 0, kUtf16le, kLatin1, kAscii, kBase64, kBase64url, kHex };

// Pointer and length of a TypedArray/ArrayBuffer/DataView argument.
bool viewBytes(JSContext* ctx, JSValueConst v, uint8_t*& data, size_t& len);
// Clamped non-negative integer argument.
size_t indexArg(JSContext* ctx, JSValueConst v, size_t max);

// A new string from bytes in `enc`; JS_UNDEFINED when the result would exceed
// Node's maximum string length (lib/ throws ERR_STRING_TOO_LONG).
JSValue decodeBytes(JSContext* ctx, const uint8_t* p, size_t n, Encoding enc);

// The class id of Uint8Array (and its subclasses such as Buffer).
JSClassID uint8ArrayClassId();

// Adds compare/indexOf/fill/swap/validation functions (BufferOps.cpp).
void addBufferOps(JSContext* ctx, JSValueConst exports);
// Adds the allocation pool and the Buffer.from(string) fast path (BufferPool.cpp).
void addBufferPool(Runtime& rt, JSContext* ctx, JSValueConst exports);

// ---- shared by the binding's files ----------------------------------------------------
// `new FastBuffer(...argv)` (the classes lib/buffer.js registered with setFastBuffer).
JSValue newFastBuffer(JSContext* ctx, int argc, JSValueConst* argv);
// A Uint8Array view (Uint8Array's arguments) whose prototype is `proto` (none given:
// Uint8Array's). A Buffer.prototype view is made as a FastBuffer: setting the
// prototype of a new object would give it a private copy of its shape in QuickJS.
JSValue newViewWithPrototype(JSContext* ctx, int argc, JSValueConst* argv, JSValueConst proto);
// An ArrayBuffer of `size` bytes that are not zero-filled.
JSValue newUnsafeArrayBuffer(JSContext* ctx, size_t size);
// An ArrayBuffer holding a copy of data[0, size) (JS_NewArrayBufferCopy zero-fills
// its memory before copying into it).
JSValue newArrayBufferCopy(JSContext* ctx, const void* data, size_t size);
// Node's exact encoding names ("utf8", "hex", ...; no case folding) -> id.
bool encodingFromName(JSContext* ctx, JSValueConst v, Encoding& out);
// Encodes `sv` into dst (at most cap bytes); returns the bytes written.
size_t encodeInto(const StringView& sv, Encoding e, uint8_t* dst, size_t cap);
// The exact (utf8, latin1, utf16le) or upper-bound (base64, hex) encoded size.
size_t encodedSize(const StringView& sv, Encoding e);
// An ArrayBuffer holding exactly the encoded bytes of `sv`.
JSValue arrayBufferFromString(JSContext* ctx, const StringView& sv, Encoding e);

}  // namespace protojs::buffer
