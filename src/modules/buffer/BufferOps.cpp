// Buffer search, comparison, fill, byte swapping and validation. The offset and
// empty-needle rules of indexOf/lastIndexOf are Node's (src/node_buffer.cc), so
// results agree with Node for every offset, including negative and past-the-end.
#include <cstring>
#include <string>
#include <vector>

#include "modules/buffer/BufferBinding.h"
#include "modules/buffer/Encodings.h"
#include "modules/buffer/StringAccess.h"
#include "runtime/Value.h"

namespace protojs::buffer {

namespace {

JSClassID gUint8ArrayClass = 0;

int normalizeCompare(int val, size_t aLen, size_t bLen) {
  if (val == 0) {
    if (aLen > bLen) return 1;
    if (aLen < bLen) return -1;
    return 0;
  }
  return val > 0 ? 1 : -1;
}

// compare(a, b) -> -1 | 0 | 1
JSValue jsCompare(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint8_t *a, *b;
  size_t aLen, bLen;
  if (!viewBytes(ctx, argv[0], a, aLen) || !viewBytes(ctx, argv[1], b, bLen)) return JS_EXCEPTION;
  const size_t n = aLen < bLen ? aLen : bLen;
  return JS_NewInt32(ctx, normalizeCompare(n ? std::memcmp(a, b, n) : 0, aLen, bLen));
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
JSValue jsCompareOffset(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint8_t *src, *dst;
  size_t srcLen, dstLen;
  if (!viewBytes(ctx, argv[0], src, srcLen) || !viewBytes(ctx, argv[1], dst, dstLen)) return JS_EXCEPTION;
  const size_t targetEnd = indexArg(ctx, argv[4], dstLen);
  const size_t targetStart = indexArg(ctx, argv[2], targetEnd);
  const size_t sourceEnd = indexArg(ctx, argv[5], srcLen);
  const size_t sourceStart = indexArg(ctx, argv[3], sourceEnd);
  const size_t srcN = sourceEnd - sourceStart, dstN = targetEnd - targetStart;
  const size_t n = srcN < dstN ? srcN : dstN;
  const int c = n ? std::memcmp(src + sourceStart, dst + targetStart, n) : 0;
  return JS_NewInt32(ctx, normalizeCompare(c, srcN, dstN));
}

// Where a search starts: an index in [0, length - 1], or -1 when nothing can match.
int64_t indexOfOffset(size_t length, int64_t offset, int64_t needleLen, bool forward) {
  const int64_t len = int64_t(length);
  if (offset < 0) {
    if (offset + len >= 0) return len + offset;
    if (forward || needleLen == 0) return 0;
    return -1;
  }
  if (offset + needleLen <= len) return offset;
  if (needleLen == 0) return len;
  if (forward) return -1;
  return len - 1;
}

// First match at or after `start` (forward) or last match at or before it
// (backward); returns hayLen when there is none.
template <typename Char>
size_t searchString(const Char* hay, size_t hayLen, const Char* needle, size_t needleLen, size_t start,
                    bool forward) {
  if (hayLen < needleLen) return hayLen;
  const size_t last = hayLen - needleLen;
  if (forward) {
    if constexpr (sizeof(Char) == 1) {
      if (start > last) return hayLen;
      const void* p = memmem(hay + start, hayLen - start, needle, needleLen);
      return p ? size_t(static_cast<const Char*>(p) - hay) : hayLen;
    } else {
      for (size_t i = start; i <= last; i++) {
        if (hay[i] == needle[0] && std::memcmp(hay + i, needle, needleLen * sizeof(Char)) == 0) return i;
      }
      return hayLen;
    }
  }
  for (size_t i = start < last ? start : last;; i--) {
    if (hay[i] == needle[0] && std::memcmp(hay + i, needle, needleLen * sizeof(Char)) == 0) return i;
    if (i == 0) break;
  }
  return hayLen;
}

int64_t toInt64Arg(JSContext* ctx, JSValueConst v) {
  double d = 0;
  if (JS_ToFloat64(ctx, &d, v) < 0 || !(d == d)) return 0;
  if (d > 9e15) return int64_t(9e15);
  if (d < -9e15) return int64_t(-9e15);
  return int64_t(d);
}

// The common part of indexOfString/indexOfBuffer once the needle is in bytes.
JSValue searchBytes(JSContext* ctx, const uint8_t* hay, size_t hayLen, const uint8_t* needle, size_t needleLen,
                    int64_t offsetArg, Encoding e, bool forward) {
  if (e == kUtf16le) hayLen &= ~size_t(1);
  const int64_t opt = indexOfOffset(hayLen, offsetArg, int64_t(needleLen), forward);
  if (needleLen == 0) return JS_NewInt64(ctx, opt);
  if (hayLen == 0 || opt <= -1) return JS_NewInt32(ctx, -1);
  const size_t offset = size_t(opt);
  if ((forward && needleLen + offset > hayLen) || needleLen > hayLen) return JS_NewInt32(ctx, -1);
  size_t result;
  if (e == kUtf16le) {
    if (hayLen < 2 || needleLen < 2) return JS_NewInt32(ctx, -1);
    // Compare as 16-bit units through aligned copies only when needed.
    std::vector<uint16_t> h(hayLen / 2), n(needleLen / 2);
    std::memcpy(h.data(), hay, h.size() * 2);
    std::memcpy(n.data(), needle, n.size() * 2);
    result = searchString(h.data(), h.size(), n.data(), n.size(), offset / 2, forward);
    result = result == h.size() ? hayLen : result * 2;
  } else {
    result = searchString(hay, hayLen, needle, needleLen, offset, forward);
  }
  return JS_NewInt64(ctx, result == hayLen ? -1 : int64_t(result));
}

// indexOfString(buf, string, byteOffset, encoding, forward): utf8, ucs2 and latin1.
JSValue jsIndexOfString(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint8_t* hay;
  size_t hayLen;
  if (!viewBytes(ctx, argv[0], hay, hayLen)) return JS_EXCEPTION;
  StringView sv(ctx, argv[1]);
  if (!sv.ok()) return JS_EXCEPTION;
  const int64_t offset = toInt64Arg(ctx, argv[2]);
  int32_t e = 0;
  JS_ToInt32(ctx, &e, argv[3]);
  const bool forward = JS_ToBool(ctx, argv[4]);
  // Encode the needle (small) into a scratch copy; the haystack is searched in place.
  std::string needle;
  const size_t n = sv.length();
  if (e == kUtf16le) {
    needle.resize(n * 2);
    auto* out = reinterpret_cast<uint8_t*>(needle.data());
    if (sv.wide()) enc::utf16ToUtf16le(sv.utf16(), n, out);
    else enc::latin1ToUtf16le(sv.latin1(), n, out);
  } else if (e == kLatin1) {
    needle.resize(n);
    auto* out = reinterpret_cast<uint8_t*>(needle.data());
    if (sv.wide()) enc::narrowUtf16(sv.utf16(), n, out);
    else std::memcpy(out, sv.latin1(), n);
  } else {
    needle.resize(sv.wide() ? enc::utf8Length(sv.utf16(), n) : enc::utf8Length(sv.latin1(), n));
    auto* out = reinterpret_cast<uint8_t*>(needle.data());
    // Lone surrogates stay as they are (WTF-8), as in Node's needle (String::Utf8Value).
    if (sv.wide()) enc::encodeWtf8(sv.utf16(), n, out, needle.size());
    else enc::encodeUtf8(sv.latin1(), n, out, needle.size());
    e = kUtf8;
  }
  return searchBytes(ctx, hay, hayLen, reinterpret_cast<const uint8_t*>(needle.data()), needle.size(), offset,
                     Encoding(e), forward);
}

// indexOfBuffer(buf, needle, byteOffset, encoding, forward)
JSValue jsIndexOfBuffer(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint8_t *hay, *needle;
  size_t hayLen, needleLen;
  if (!viewBytes(ctx, argv[0], hay, hayLen) || !viewBytes(ctx, argv[1], needle, needleLen)) return JS_EXCEPTION;
  int32_t e = 0;
  JS_ToInt32(ctx, &e, argv[3]);
  return searchBytes(ctx, hay, hayLen, needle, needleLen, toInt64Arg(ctx, argv[2]), Encoding(e),
                     JS_ToBool(ctx, argv[4]));
}

// indexOfNumber(buf, byte, byteOffset, forward)
JSValue jsIndexOfNumber(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint8_t* hay;
  size_t len;
  if (!viewBytes(ctx, argv[0], hay, len)) return JS_EXCEPTION;
  uint32_t needle = 0;
  JS_ToUint32(ctx, &needle, argv[1]);
  const bool forward = JS_ToBool(ctx, argv[3]);
  const int64_t opt = indexOfOffset(len, toInt64Arg(ctx, argv[2]), 1, forward);
  if (opt <= -1 || len == 0) return JS_NewInt32(ctx, -1);
  const size_t offset = size_t(opt);
  const void* p = forward ? std::memchr(hay + offset, int(needle & 0xFF), len - offset)
                          : memrchr(hay, int(needle & 0xFF), offset + 1);
  return JS_NewInt64(ctx, p ? int64_t(static_cast<const uint8_t*>(p) - hay) : -1);
}

// Repeats the first `have` bytes of dst over all `total` bytes.
void repeatPattern(uint8_t* dst, size_t have, size_t total) {
  while (have < total - have) {
    std::memcpy(dst + have, dst, have);
    have *= 2;
  }
  if (have < total) std::memcpy(dst + have, dst, total - have);
}

// fill(buf, value, start, end, encoding) -> undefined, -1 (value encodes to no
// bytes) or -2 (range out of bounds). Numbers are filled in JS.
JSValue jsFill(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint8_t* data;
  size_t len;
  if (!viewBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  const double startD = toInt64Arg(ctx, argv[2]), endD = toInt64Arg(ctx, argv[3]);
  if (startD < 0 || endD < startD || endD > double(len)) return JS_NewInt32(ctx, -2);
  const size_t start = size_t(startD), fillLen = size_t(endD) - start;
  uint8_t* dst = data + start;
  size_t have;
  uint8_t* src;
  size_t srcLen;
  if (JS_IsString(argv[1])) {
    StringView sv(ctx, argv[1]);
    if (!sv.ok()) return JS_EXCEPTION;
    int32_t e = 0;
    JS_ToInt32(ctx, &e, argv[4]);
    if (e == kUtf8 || e == kUtf16le) {
      // The whole encoding is repeated, even a character cut at the end.
      std::string bytes;
      const size_t n = sv.length();
      if (e == kUtf8) {
        bytes.resize(sv.wide() ? enc::utf8Length(sv.utf16(), n) : enc::utf8Length(sv.latin1(), n));
        auto* out = reinterpret_cast<uint8_t*>(bytes.data());
        if (sv.wide()) enc::encodeUtf8(sv.utf16(), n, out, bytes.size());
        else enc::encodeUtf8(sv.latin1(), n, out, bytes.size());
      } else {
        bytes.resize(n * 2);
        auto* out = reinterpret_cast<uint8_t*>(bytes.data());
        if (sv.wide()) enc::utf16ToUtf16le(sv.utf16(), n, out);
        else enc::latin1ToUtf16le(sv.latin1(), n, out);
      }
      have = bytes.size();
      std::memcpy(dst, bytes.data(), have < fillLen ? have : fillLen);
    } else {
      have = 0;
      // Single-byte encodings, base64 and hex write straight into the target.
      switch (e) {
        case kLatin1:
        case kAscii: {
          have = sv.length() < fillLen ? sv.length() : fillLen;
          if (sv.wide()) enc::narrowUtf16(sv.utf16(), have, dst);
          else std::memcpy(dst, sv.latin1(), have);
          break;
        }
        case kBase64:
        case kBase64url:
          have = sv.wide() ? enc::base64Decode(sv.utf16(), sv.length(), dst, fillLen)
                           : enc::base64Decode(sv.latin1(), sv.length(), dst, fillLen);
          break;
        default:
          have = sv.wide() ? enc::hexDecode(sv.utf16(), sv.length(), dst, fillLen)
                           : enc::hexDecode(sv.latin1(), sv.length(), dst, fillLen);
          break;
      }
    }
  } else if (JS_IsObject(argv[1]) && getBytes(ctx, argv[1], src, srcLen)) {
    have = srcLen;
    std::memmove(dst, src, srcLen < fillLen ? srcLen : fillLen);
  } else {
    if (JS_HasException(ctx)) JS_FreeValue(ctx, JS_GetException(ctx));
    uint32_t v = 0;
    if (JS_ToUint32(ctx, &v, argv[1]) < 0) return JS_EXCEPTION;
    std::memset(dst, int(v & 0xFF), fillLen);
    return JS_UNDEFINED;
  }
  if (have >= fillLen) return JS_UNDEFINED;
  if (have == 0) return JS_NewInt32(ctx, -1);
  repeatPattern(dst, have, fillLen);
  return JS_UNDEFINED;
}

// swap16/32/64(buf): reverses each group of 2/4/8 bytes in place (magic = size).
JSValue jsSwap(JSContext* ctx, JSValueConst, int, JSValueConst* argv, int magic) {
  uint8_t* data;
  size_t len;
  if (!viewBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  const size_t w = size_t(magic);
  for (size_t i = 0; i + w <= len; i += w) {
    for (size_t a = i, b = i + w - 1; a < b; a++, b--) std::swap(data[a], data[b]);
  }
  return JS_UNDEFINED;
}

JSValue jsIsUtf8(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint8_t* data;
  size_t len;
  if (!viewBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  return JS_NewBool(ctx, enc::isValidUtf8(data, len));
}

JSValue jsIsAscii(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint8_t* data;
  size_t len;
  if (!viewBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  return JS_NewBool(ctx, enc::isAscii(data, len));
}

// decodeUtf8(view, fatal) -> string, or undefined when `fatal` and the bytes are
// not valid UTF-8 (TextDecoder throws then). null when too long for a string.
JSValue jsDecodeUtf8(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint8_t* data;
  size_t len;
  if (!viewBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  if (JS_ToBool(ctx, argv[1]) && !enc::isValidUtf8(data, len)) return JS_UNDEFINED;
  JSValue s = decodeBytes(ctx, data, len, kUtf8);
  return JS_IsUndefined(s) ? JS_NULL : s;
}


// The bytes of list[i] when it is a Uint8Array (or subclass such as Buffer).
bool uint8Item(JSContext* ctx, JSValueConst list, uint32_t i, uint8_t*& data, size_t& len) {
  JSValue item = JS_GetPropertyUint32(ctx, list, i);
  const bool ok = JS_GetClassID(item) == gUint8ArrayClass && viewBytes(ctx, item, data, len);
  JS_FreeValue(ctx, item);
  return ok;
}

// concatList(list, n, minOwn, maxLength) -> Buffer.concat(list) without a length,
// in one pass over the list when it can: a new Buffer over its own ArrayBuffer when
// the total is at least minOwn (what allocUnsafe would make), else the total (lib/
// takes a pooled Buffer and copyList), or -1 when an item is not a Uint8Array (lib/
// then takes the generic path with Node's exact errors). A total above maxLength is
// returned as is: allocUnsafe throws Node's range error for it.
JSValue jsConcatList(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint32_t n = 0;
  double minOwn = 0, maxLength = 0;
  if (JS_ToUint32(ctx, &n, argv[1]) < 0 || JS_ToFloat64(ctx, &minOwn, argv[2]) < 0 ||
      JS_ToFloat64(ctx, &maxLength, argv[3]) < 0) {
    return JS_EXCEPTION;
  }
  struct Part {
    uint8_t* data;
    size_t len;
  };
  std::vector<Part> parts(n);
  double total = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (!uint8Item(ctx, argv[0], i, parts[i].data, parts[i].len)) {
      if (JS_HasException(ctx)) JS_FreeValue(ctx, JS_GetException(ctx));
      return JS_NewInt32(ctx, -1);
    }
    total += double(parts[i].len);
  }
  if (total < minOwn || total > maxLength) return JS_NewFloat64(ctx, total);
  const size_t size = size_t(total);
  JSValue ab = newUnsafeArrayBuffer(ctx, size);
  if (JS_IsException(ab)) return ab;
  size_t abLen = 0;
  uint8_t* dst = JS_GetArrayBuffer(ctx, &abLen, ab);
  size_t pos = 0;
  // The parts point into their ArrayBuffers, which the list keeps alive: nothing
  // ran JS since they were read.
  for (const Part& part : parts) {
    std::memcpy(dst + pos, part.data, part.len);
    pos += part.len;
  }
  JSValue buf = newFastBuffer(ctx, 1, &ab);
  JS_FreeValue(ctx, ab);
  return buf;
}

// copyList(list, n, target) -> bytes copied (stops when target is full), or -(i + 1)
// when list[i] is not a Uint8Array.
JSValue jsCopyList(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  uint32_t n = 0;
  JS_ToUint32(ctx, &n, argv[1]);
  uint8_t* dst;
  size_t cap;
  if (!viewBytes(ctx, argv[2], dst, cap)) return JS_EXCEPTION;
  size_t pos = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint8_t* data;
    size_t len;
    if (!uint8Item(ctx, argv[0], i, data, len)) {
      if (JS_HasException(ctx)) JS_FreeValue(ctx, JS_GetException(ctx));
      return JS_NewInt64(ctx, -int64_t(i) - 1);
    }
    const size_t m = len < cap - pos ? len : cap - pos;
    std::memmove(dst + pos, data, m);
    pos += m;
  }
  return JS_NewInt64(ctx, int64_t(pos));
}

const JSCFunctionListEntry kOps[] = {
    PJS_CFUNC_DEF("compare", 2, jsCompare),
    PJS_CFUNC_DEF("compareOffset", 6, jsCompareOffset),
    PJS_CFUNC_DEF("indexOfString", 5, jsIndexOfString),
    PJS_CFUNC_DEF("indexOfBuffer", 5, jsIndexOfBuffer),
    PJS_CFUNC_DEF("indexOfNumber", 4, jsIndexOfNumber),
    PJS_CFUNC_DEF("fill", 5, jsFill),
    PJS_CFUNC_MAGIC_DEF("swap16", 1, jsSwap, 2),
    PJS_CFUNC_MAGIC_DEF("swap32", 1, jsSwap, 4),
    PJS_CFUNC_MAGIC_DEF("swap64", 1, jsSwap, 8),
    PJS_CFUNC_DEF("isUtf8", 1, jsIsUtf8),
    PJS_CFUNC_DEF("isAscii", 1, jsIsAscii),
    PJS_CFUNC_DEF("decodeUtf8", 2, jsDecodeUtf8),
    PJS_CFUNC_DEF("concatList", 4, jsConcatList),
    PJS_CFUNC_DEF("copyList", 3, jsCopyList),
};

}  // namespace

JSClassID uint8ArrayClassId() { return gUint8ArrayClass; }

void addBufferOps(JSContext* ctx, JSValueConst exports) {
  if (gUint8ArrayClass == 0) {
    JSValue zero = JS_NewInt32(ctx, 0);
    JSValue probe = JS_NewTypedArray(ctx, 1, &zero, JS_TYPED_ARRAY_UINT8);
    gUint8ArrayClass = JS_GetClassID(probe);
    JS_FreeValue(ctx, probe);
  }
  JS_SetPropertyFunctionList(ctx, exports, kOps, sizeof(kOps) / sizeof(kOps[0]));
}

}  // namespace protojs::buffer
