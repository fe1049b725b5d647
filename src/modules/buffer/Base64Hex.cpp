// base64, base64url and hex for Buffer. Decoding follows Node's lenient rules
// (see Encodings.h); encoding uses 12-bit lookup tables, two output characters
// per lookup.
#include <array>
#include <bit>
#include <cstring>

#include "modules/buffer/Base64Tables.h"
#include "modules/buffer/Encodings.h"
#include "modules/buffer/SimdKernels.h"
#include "modules/buffer/SimdLevel.h"

namespace protojs::enc {

namespace {

// Pairs of output characters for each 12-bit group.
struct PairTable {
  uint16_t pairs[4096];
};
// Built at compile time: the tables live in read-only data and cost nothing until
// base64 is used (at run time they were 100k instructions and 4 pages per start).
constexpr PairTable makePairs(const char* alphabet) {
  PairTable t{};
  for (int i = 0; i < 4096; i++) {
    // The pair is stored as its two bytes in memory order.
    const uint16_t first = uint8_t(alphabet[i >> 6]);
    const uint16_t second = uint8_t(alphabet[i & 63]);
    t.pairs[i] = std::endian::native == std::endian::little ? uint16_t(first | second << 8)
                                                            : uint16_t(first << 8 | second);
  }
  return t;
}
constexpr PairTable kStdPairs = makePairs(kStd);
constexpr PairTable kUrlPairs = makePairs(kUrl);

constexpr std::array<int8_t, 256> makeUnhex() {
  std::array<int8_t, 256> t{};
  for (auto& v : t) v = -1;
  for (int i = 0; i < 10; i++) t['0' + i] = int8_t(i);
  for (int i = 0; i < 6; i++) {
    t['a' + i] = int8_t(10 + i);
    t['A' + i] = int8_t(10 + i);
  }
  return t;
}
constexpr std::array<int8_t, 256> kUnhex = makeUnhex();

// Node truncates a 16-bit code unit to its low byte before the table lookup.
template <typename Char>
inline uint8_t low(Char c) {
  return uint8_t(c);
}

// Decodes one quantum the slow way: skips characters outside the alphabet, stops
// at '=' or at the end of input. Returns false when decoding must stop.
template <typename Char>
bool decodeGroupSlow(uint8_t* dst, size_t cap, const Char* src, size_t n, size_t& i, size_t& k) {
  uint8_t hi = 0, lo = 0;
  for (int step = 0; step < 4; step++) {
    for (;;) {
      const Char c = src[i];
      lo = kUnbase64[low(c)];
      i++;
      if (lo < 64) break;
      if (low(c) == '=' || i >= n) return false;
    }
    switch (step) {
      case 1: dst[k++] = uint8_t(((hi & 0x3F) << 2) | ((lo & 0x30) >> 4)); break;
      case 2: dst[k++] = uint8_t(((hi & 0x0F) << 4) | ((lo & 0x3C) >> 2)); break;
      case 3: dst[k++] = uint8_t(((hi & 0x03) << 6) | (lo & 0x3F)); break;
      default: break;
    }
    if (i >= n || k >= cap) return false;
    hi = lo;
  }
  return true;
}

template <typename Char>
size_t decodedSize(const Char* s, size_t n) {
  if (n < 2) return 0;
  if (s[n - 1] == '=') {
    n--;
    if (s[n - 1] == '=') n--;
  }
  return n > 1 ? (n / 4) * 3 + (n % 4 + 1) / 2 : 0;
}

// Decoding tables with each 6-bit value pre-shifted into its place in a 24-bit
// quantum; characters outside the alphabet set bit 24, so one OR of four lookups
// both assembles the quantum and flags a bad character.
constexpr uint32_t kBadBit = 1u << 24;
struct DecodeTables {
  uint32_t t[4][256];
};
constexpr DecodeTables makeDecodeTables() {
  DecodeTables d{};
  for (int c = 0; c < 256; c++) {
    const uint8_t v = kUnbase64[c];
    for (int k = 0; k < 4; k++) d.t[k][c] = v < 64 ? uint32_t(v) << (18 - 6 * k) : kBadBit;
  }
  return d;
}
constexpr DecodeTables kDecode = makeDecodeTables();

// Whole clean quanta of 8-bit input, four characters at a time; stops at the first
// quantum with a character outside the alphabet (the caller's slow path takes it).
inline void decodeFast8(const uint8_t* src, size_t maxI, uint8_t* dst, size_t maxK, size_t& i, size_t& k) {
  while (i < maxI && k < maxK) {
    const uint32_t v = kDecode.t[0][src[i]] | kDecode.t[1][src[i + 1]] | kDecode.t[2][src[i + 2]] |
                       kDecode.t[3][src[i + 3]];
    if (v & kBadBit) return;
    dst[k] = uint8_t(v >> 16);
    dst[k + 1] = uint8_t(v >> 8);
    dst[k + 2] = uint8_t(v);
    i += 4;
    k += 3;
  }
}

// The vector kernel for this CPU over the clean run at src[i..); it stops where the
// table-driven and slow paths must take over.
inline void decodeVector(const uint8_t* src, size_t maxI, uint8_t* dst, size_t maxK, size_t& i, size_t& k) {
  switch (simdLevel()) {
    case SimdLevel::kAvx512: simd::base64DecodeAvx512(src, maxI, dst, maxK, i, k); break;
    case SimdLevel::kAvx2: simd::base64DecodeAvx2(src, maxI, dst, maxK, i, k); break;
    case SimdLevel::kScalar: break;
  }
}

template <typename Char>
size_t decodeBase64(const Char* src, size_t n, uint8_t* dst, size_t cap) {
  const size_t decoded = decodedSize(src, n);
  const size_t avail = cap < decoded ? cap : decoded;
  const size_t maxK = avail / 3 * 3;
  size_t maxI = n / 4 * 4;
  size_t i = 0, k = 0;
  while (i < maxI && k < maxK) {
    if constexpr (sizeof(Char) == 1) {
      decodeVector(src, maxI, dst, maxK, i, k);
      decodeFast8(src, maxI, dst, maxK, i, k);
      if (!(i < maxI && k < maxK)) break;
    }
    const uint32_t a = kUnbase64[low(src[i])], b = kUnbase64[low(src[i + 1])];
    const uint32_t c = kUnbase64[low(src[i + 2])], d = kUnbase64[low(src[i + 3])];
    if ((a | b | c | d) & 0x80) {
      // Whitespace, padding or junk: this quantum goes the slow way.
      if (!decodeGroupSlow(dst, cap, src, n, i, k)) return k;
      maxI = i + (n - i) / 4 * 4;
      continue;
    }
    const uint32_t v = (a << 18) | (b << 12) | (c << 6) | d;
    dst[k] = uint8_t(v >> 16);
    dst[k + 1] = uint8_t(v >> 8);
    dst[k + 2] = uint8_t(v);
    i += 4;
    k += 3;
  }
  if (i < n && k < cap) decodeGroupSlow(dst, cap, src, n, i, k);
  return k;
}

template <typename Char>
size_t decodeHex(const Char* s, size_t n, uint8_t* out, size_t cap) {
  size_t i = 0;
  if constexpr (sizeof(Char) == 1) {
    if (simdLevel() != SimdLevel::kScalar) simd::hexDecodeAvx2(s, n, out, cap, i);
  }
  for (; i < cap && i * 2 + 1 < n; i++) {
    const int a = kUnhex[low(s[2 * i])], b = kUnhex[low(s[2 * i + 1])];
    if ((a | b) < 0) return i;
    out[i] = uint8_t((a << 4) | b);
  }
  return i;
}

}  // namespace

size_t base64EncodedLength(size_t n, bool url) {
  return url ? (n * 4 + 2) / 3 : (n + 2) / 3 * 4;
}

void base64Encode(const uint8_t* s, size_t n, uint8_t* out, bool url) {
  const uint16_t* pairs = url ? kUrlPairs.pairs : kStdPairs.pairs;
  const char* alphabet = url ? kUrl : kStd;
  size_t i = 0;
  switch (simdLevel()) {
    case SimdLevel::kAvx512: out += simd::base64EncodeAvx512(s, n, out, url, i); [[fallthrough]];
    case SimdLevel::kAvx2: out += simd::base64EncodeAvx2(s, n, out, url, i); break;
    case SimdLevel::kScalar: break;
  }
  // Two quanta (6 bytes -> 8 characters) per step from one big-endian 64-bit load.
  for (; i + 8 <= n; i += 6) {
    uint64_t v;
    std::memcpy(&v, s + i, 8);
    v = __builtin_bswap64(v);
    const uint32_t g1 = uint32_t(v >> 40), g2 = uint32_t(v >> 16) & 0xFFFFFF;
    const uint16_t quad[4] = {pairs[g1 >> 12], pairs[g1 & 0xFFF], pairs[g2 >> 12], pairs[g2 & 0xFFF]};
    std::memcpy(out, quad, 8);
    out += 8;
  }
  for (; i + 3 <= n; i += 3) {
    const uint32_t v = (uint32_t(s[i]) << 16) | (uint32_t(s[i + 1]) << 8) | s[i + 2];
    std::memcpy(out, &pairs[v >> 12], 2);
    std::memcpy(out + 2, &pairs[v & 0xFFF], 2);
    out += 4;
  }
  const size_t rest = n - i;
  if (rest == 0) return;
  const uint32_t v = (uint32_t(s[i]) << 16) | (rest == 2 ? uint32_t(s[i + 1]) << 8 : 0);
  *out++ = uint8_t(alphabet[v >> 18]);
  *out++ = uint8_t(alphabet[(v >> 12) & 63]);
  if (rest == 2) *out++ = uint8_t(alphabet[(v >> 6) & 63]);
  if (!url) {
    if (rest == 1) *out++ = '=';
    *out++ = '=';
  }
}

size_t base64DecodedSize(const uint8_t* s, size_t n) { return decodedSize(s, n); }
size_t base64DecodedSize(const uint16_t* s, size_t n) { return decodedSize(s, n); }
size_t base64Decode(const uint8_t* s, size_t n, uint8_t* out, size_t cap) { return decodeBase64(s, n, out, cap); }
size_t base64Decode(const uint16_t* s, size_t n, uint8_t* out, size_t cap) { return decodeBase64(s, n, out, cap); }

// Both hex digits of every byte value, as the two bytes they are stored in.
struct HexTable {
  uint16_t pairs[256];
};
HexTable makeHexTable() {
  static constexpr char kDigits[] = "0123456789abcdef";
  HexTable t;
  for (int i = 0; i < 256; i++) {
    const uint8_t two[2] = {uint8_t(kDigits[i >> 4]), uint8_t(kDigits[i & 15])};
    std::memcpy(&t.pairs[i], two, 2);
  }
  return t;
}
const HexTable kHexPairs = makeHexTable();

void hexEncode(const uint8_t* s, size_t n, uint8_t* out) {
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const uint16_t four[4] = {kHexPairs.pairs[s[i]], kHexPairs.pairs[s[i + 1]], kHexPairs.pairs[s[i + 2]],
                              kHexPairs.pairs[s[i + 3]]};
    std::memcpy(out + 2 * i, four, 8);
  }
  for (; i < n; i++) std::memcpy(out + 2 * i, &kHexPairs.pairs[s[i]], 2);
}

size_t hexDecode(const uint8_t* s, size_t n, uint8_t* out, size_t cap) { return decodeHex(s, n, out, cap); }
size_t hexDecode(const uint16_t* s, size_t n, uint8_t* out, size_t cap) { return decodeHex(s, n, out, cap); }

}  // namespace protojs::enc
