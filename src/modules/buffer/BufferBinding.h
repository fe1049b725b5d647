// The 'buffer' binding: encoding, decoding, search, compare and fill for lib/buffer.js.
// Functions take the buffer as their first argument; lib/ validates ranges first, and
// the native side clamps again so a bad call can never touch memory out of bounds.
#pragma once
#include <quickjs.h>

#include <cstddef>
#include <cstdint>

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

}  // namespace protojs::buffer
