// UTF-8 <-> Latin-1 / UTF-16 conversion for Buffer, TextEncoder/TextDecoder and
// StringDecoder. See Encodings.h for the exact rules (they are Node's).
#include <bit>
#include <cstring>

#include "modules/buffer/Encodings.h"

namespace protojs::enc {

namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

inline uint64_t load64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// One decoded step at a non-ASCII byte: the code point (U+FFFD for an ill-formed
// sequence) and how many bytes it used (the maximal subpart when ill-formed).
struct Step {
  uint32_t cp;
  uint32_t len;
  bool bad = false;  // an ill-formed sequence (cp is then U+FFFD)
};

inline Step decodeStep(const uint8_t* s, size_t avail) {
  const uint32_t b0 = s[0];
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (avail >= 2 && (s[1] & 0xC0) == 0x80) return {((b0 & 0x1F) << 6) | (s[1] & 0x3Fu), 2};
    return {0xFFFD, 1, true};
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const uint8_t lo = b0 == 0xE0 ? 0xA0 : 0x80;
    const uint8_t hi = b0 == 0xED ? 0x9F : 0xBF;
    if (avail < 2 || s[1] < lo || s[1] > hi) return {0xFFFD, 1, true};
    if (avail < 3 || (s[2] & 0xC0) != 0x80) return {0xFFFD, 2, true};
    return {((b0 & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu), 3};
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const uint8_t lo = b0 == 0xF0 ? 0x90 : 0x80;
    const uint8_t hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (avail < 2 || s[1] < lo || s[1] > hi) return {0xFFFD, 1, true};
    if (avail < 3 || (s[2] & 0xC0) != 0x80) return {0xFFFD, 2, true};
    if (avail < 4 || (s[3] & 0xC0) != 0x80) return {0xFFFD, 3, true};
    return {((b0 & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu), 4};
  }
  return {0xFFFD, 1, true};
}

// Runs the decoder over s, handing ASCII runs and single code points to `sink`.
// ASCII is tested eight bytes at a time in place: text with a non-ASCII character
// every few words (most real payloads) has many short runs.
template <class Sink>
inline void decodeUtf8(const uint8_t* s, size_t n, Sink& sink) {
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j + 8 <= n && (load64(s + j) & kHighBits) == 0) j += 8;
    while (j < n && s[j] < 0x80) j++;
    if (j != i) {
      sink.ascii(s + i, j - i);
      i = j;
      if (i >= n) break;
    }
    const Step st = decodeStep(s + i, n - i);
    sink.put(st.cp);
    i += st.len;
  }
}

struct Utf16Sink {
  uint16_t* out;
  uint32_t wide = 0;  // the OR of the non-ASCII code points: Latin-1 while < 0x100
  void ascii(const uint8_t* s, size_t len) {
    for (size_t i = 0; i < len; i++) out[i] = s[i];
    out += len;
  }
  void put(uint32_t cp) {
    wide |= cp;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      *out++ = uint16_t(0xD800 | (cp >> 10));
      *out++ = uint16_t(0xDC00 | (cp & 0x3FF));
    } else {
      *out++ = uint16_t(cp);
    }
  }
};

inline bool isHighSurrogate(uint32_t c) { return (c & 0xFC00) == 0xD800; }
inline bool isLowSurrogate(uint32_t c) { return (c & 0xFC00) == 0xDC00; }

}  // namespace

size_t asciiPrefix(const uint8_t* s, size_t n) {
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    if ((load64(s + i) | load64(s + i + 8) | load64(s + i + 16) | load64(s + i + 24)) & kHighBits) break;
  }
  for (; i + 8 <= n; i += 8) {
    if (load64(s + i) & kHighBits) break;
  }
  while (i < n && s[i] < 0x80) i++;
  return i;
}

bool isAscii(const uint8_t* s, size_t n) { return asciiPrefix(s, n) == n; }

Utf8Info decodeUtf8ToUtf16(const uint8_t* s, size_t n, uint16_t* out) {
  Utf16Sink sink{out};
  decodeUtf8(s, n, sink);
  return {size_t(sink.out - out), sink.wide < 0x100};
}

bool isValidUtf8(const uint8_t* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    i += asciiPrefix(s + i, n - i);
    if (i >= n) break;
    const Step st = decodeStep(s + i, n - i);
    if (st.bad) return false;
    i += st.len;
  }
  return true;
}

size_t utf8Length(const uint8_t* s, size_t n) {
  // Every byte >= 0x80 of a Latin-1 string takes two bytes in UTF-8.
  size_t extra = 0, i = 0;
  // Sum the high bits of 8 bytes at once (each 0 or 1; the multiply adds the bytes
  // into the top one), which avoids a software popcount on baseline x86-64.
  for (; i + 8 <= n; i += 8) extra += size_t((((load64(s + i) & kHighBits) >> 7) * 0x0101010101010101ULL) >> 56);
  for (; i < n; i++) extra += s[i] >> 7;
  return n + extra;
}

namespace {

// True when the eight units at s are all ASCII.
inline bool ascii8(const uint16_t* s) {
  uint64_t a, b;
  std::memcpy(&a, s, 8);
  std::memcpy(&b, s + 4, 8);
  return ((a | b) & 0xFF80FF80FF80FF80ULL) == 0;
}

}  // namespace

size_t utf8Length(const uint16_t* s, size_t n) {
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    if (i + 8 <= n && ascii8(s + i)) {  // an ASCII stretch: one byte per unit
      len += 8;
      i += 7;
      continue;
    }
    const uint32_t c = s[i];
    if (c < 0x80) {
      len += 1;
    } else if (c < 0x800) {
      len += 2;
    } else if (isHighSurrogate(c) && i + 1 < n && isLowSurrogate(s[i + 1])) {
      len += 4;
      i++;
    } else {
      len += 3;  // includes a lone surrogate, written as U+FFFD
    }
  }
  return len;
}

size_t encodeUtf8(const uint8_t* s, size_t n, uint8_t* out, size_t cap, size_t* read) {
  size_t i = 0, o = 0;
  while (i < n) {
    // Copy an ASCII run in one go, bounded by the space left.
    size_t room = cap - o;
    size_t run = asciiPrefix(s + i, (n - i) < room ? (n - i) : room);
    if (run) std::memcpy(out + o, s + i, run);  // out may be null when cap is 0
    i += run;
    o += run;
    if (i >= n || o >= cap) break;
    const uint8_t c = s[i];
    if (c < 0x80) continue;
    if (o + 2 > cap) break;
    out[o++] = uint8_t(0xC0 | (c >> 6));
    out[o++] = uint8_t(0x80 | (c & 0x3F));
    i++;
  }
  if (read) *read = i;
  return o;
}

namespace {

// Four UTF-16 units below 0x100 (as one little-endian 64-bit load) -> four bytes.
inline uint32_t narrow4(uint64_t v) {
  v = (v | (v >> 8)) & 0x0000FFFF0000FFFFULL;
  return uint32_t(v | (v >> 16));
}

// Writes the leading run of ASCII units of s (at most max) as bytes, eight at a
// time; returns how many it wrote (the caller finishes the run one by one).
size_t asciiRun16(const uint16_t* s, size_t max, uint8_t* out) {
  if constexpr (std::endian::native != std::endian::little) return 0;
  size_t i = 0;
  for (; i + 8 <= max && ascii8(s + i); i += 8) {
    uint64_t a, b;
    std::memcpy(&a, s + i, 8);
    std::memcpy(&b, s + i + 4, 8);
    const uint64_t bytes = narrow4(a) | uint64_t(narrow4(b)) << 32;
    std::memcpy(out + i, &bytes, 8);
  }
  return i;
}

}  // namespace

namespace {

// UTF-16 -> UTF-8; a lone surrogate becomes U+FFFD, or with kWtf8 its own 3-byte
// (generalized UTF-8) sequence.
template <bool kWtf8>
size_t encodeUtf16(const uint16_t* s, size_t n, uint8_t* out, size_t cap, size_t* read) {
  size_t i = 0, o = 0;
  while (i < n) {
    uint32_t c = s[i];
    if (c < 0x80) {
      const size_t room = cap - o;
      const size_t run = asciiRun16(s + i, n - i < room ? n - i : room, out + o);
      i += run;
      o += run;
      if (run) continue;
      if (o >= cap) break;
      out[o++] = uint8_t(c);
      i++;
      continue;
    }
    if (c < 0x800) {
      if (o + 2 > cap) break;
      out[o++] = uint8_t(0xC0 | (c >> 6));
      out[o++] = uint8_t(0x80 | (c & 0x3F));
      i++;
      continue;
    }
    if (isHighSurrogate(c) && i + 1 < n && isLowSurrogate(s[i + 1])) {
      if (o + 4 > cap) break;
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      out[o++] = uint8_t(0xF0 | (c >> 18));
      out[o++] = uint8_t(0x80 | ((c >> 12) & 0x3F));
      out[o++] = uint8_t(0x80 | ((c >> 6) & 0x3F));
      out[o++] = uint8_t(0x80 | (c & 0x3F));
      i += 2;
      continue;
    }
    if (!kWtf8 && (isHighSurrogate(c) || isLowSurrogate(c))) c = 0xFFFD;
    if (o + 3 > cap) break;
    out[o++] = uint8_t(0xE0 | (c >> 12));
    out[o++] = uint8_t(0x80 | ((c >> 6) & 0x3F));
    out[o++] = uint8_t(0x80 | (c & 0x3F));
    i++;
  }
  if (read) *read = i;
  return o;
}

}  // namespace

size_t encodeUtf8(const uint16_t* s, size_t n, uint8_t* out, size_t cap, size_t* read) {
  return encodeUtf16<false>(s, n, out, cap, read);
}

size_t encodeWtf8(const uint16_t* s, size_t n, uint8_t* out, size_t cap) {
  return encodeUtf16<true>(s, n, out, cap, nullptr);
}

void narrowUtf16(const uint16_t* s, size_t n, uint8_t* out) {
  for (size_t i = 0; i < n; i++) out[i] = uint8_t(s[i]);
}

void latin1ToUtf16le(const uint8_t* s, size_t n, uint8_t* out) {
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = s[i];
    out[2 * i + 1] = 0;
  }
}

void utf16ToUtf16le(const uint16_t* s, size_t n, uint8_t* out) {
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = uint8_t(s[i]);
    out[2 * i + 1] = uint8_t(s[i] >> 8);
  }
}

}  // namespace protojs::enc
