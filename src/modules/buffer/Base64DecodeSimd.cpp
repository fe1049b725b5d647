// Vector base64 decoding of runs of clean input (both alphabets), after the method
// of Muła and Lemire, "Faster Base64 Encoding and Decoding Using AVX2
// Instructions" (2018): translate characters to 6-bit values with table lookups,
// check every byte in the same pass, then pack four 6-bit values into three bytes
// with two multiply-adds and a byte shuffle. Any block holding a character outside
// the alphabet (whitespace, '=', junk, bytes >= 0x80) is left to the scalar code.
#include "modules/buffer/SimdKernels.h"
#include "modules/buffer/X86Intrinsics.h"

#if PJS_X86

#include <array>

#include "modules/buffer/Base64Tables.h"

namespace protojs::enc::simd {

namespace {

// ---- AVX2: validity by nibbles ------------------------------------------------------
// A character is valid when its low nibble is in the set allowed for its high
// nibble. High nibbles fall into six classes (one bit each) with the same allowed
// set; kLoBits[lo] has the bit of every class that does NOT allow `lo`, so
// kLoBits[lo] & kHiBits[hi] is zero exactly for alphabet characters.
constexpr int kHiClass[16] = {5, 5, 0, 1, 2, 3, 2, 4, 5, 5, 5, 5, 5, 5, 5, 5};
constexpr int kClassHi[6] = {2, 3, 4, 5, 7, 0};  // one high nibble of each class

constexpr std::array<uint8_t, 16> makeLoBits() {
  std::array<uint8_t, 16> t{};
  for (int lo = 0; lo < 16; lo++) {
    for (int c = 0; c < 6; c++) {
      if (kUnbase64[kClassHi[c] * 16 + lo] == kBad) t[lo] |= uint8_t(1 << c);
    }
  }
  return t;
}
constexpr std::array<uint8_t, 16> kLoBits = makeLoBits();

constexpr bool classesAgreeWithTable() {
  for (int ch = 0; ch < 256; ch++) {
    const bool valid = (kLoBits[ch & 15] & (1 << kHiClass[ch >> 4])) == 0;
    if (valid != (kUnbase64[ch] != kBad)) return false;
  }
  return true;
}
static_assert(classesAgreeWithTable(), "base64 nibble classes do not match the alphabet");

// value = char + offset. The offset depends on the high nibble, except for the
// characters 0x2B '+', 0x2D '-', 0x2F '/' (high nibble 2, offset by low nibble) and
// 0x5F '_' (fixed separately).
constexpr int8_t offsetOf(int ch) { return int8_t(kUnbase64[ch] - ch); }

PJS_AVX2 inline __m256i table16(const std::array<int8_t, 16>& t) {
  return _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data())));
}

constexpr std::array<int8_t, 16> makeHiOffsets() {
  std::array<int8_t, 16> t{};
  for (int hi = 3; hi < 8; hi++) t[hi] = offsetOf(hi * 16 + 1);  // '1', 'A', 'Q', 'a', 'q'
  return t;
}
constexpr std::array<int8_t, 16> makeHi2Offsets() {
  std::array<int8_t, 16> t{};
  for (int ch : {'+', '-', '/'}) t[ch & 15] = offsetOf(ch);
  return t;
}

constexpr std::array<int8_t, 16> makeHiBits() {
  std::array<int8_t, 16> t{};
  for (int hi = 0; hi < 16; hi++) t[hi] = int8_t(1 << kHiClass[hi]);
  return t;
}
constexpr std::array<int8_t, 16> kHiOffsets = makeHiOffsets();
constexpr std::array<int8_t, 16> kHi2Offsets = makeHi2Offsets();
constexpr std::array<int8_t, 16> kHiBits = makeHiBits();
constexpr std::array<int8_t, 16> kLoBitsSigned = [] {
  std::array<int8_t, 16> t{};
  for (int lo = 0; lo < 16; lo++) t[lo] = int8_t(kLoBits[lo]);
  return t;
}();

// The loop's constants, made once so they stay in registers across blocks.
struct Avx2Consts {
  __m256i nibble, loBits, hiBits, hiOffsets, hi2Offsets, two, underscore, underscoreOffset, pairWeights, quadWeights,
      reverse, compact;
  PJS_AVX2 Avx2Consts()
      : nibble(_mm256_set1_epi8(0x0F)),
        loBits(table16(kLoBitsSigned)),
        hiBits(table16(kHiBits)),
        hiOffsets(table16(kHiOffsets)),
        hi2Offsets(table16(kHi2Offsets)),
        two(_mm256_set1_epi8(2)),
        underscore(_mm256_set1_epi8('_')),
        underscoreOffset(_mm256_set1_epi8(offsetOf('_'))),
        pairWeights(_mm256_set1_epi32(0x01400140)),
        quadWeights(_mm256_set1_epi32(0x00011000)),
        reverse(_mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2, 1, 0, 6, 5, 4, 10, 9, 8, 14,
                                 13, 12, -1, -1, -1, -1)),
        compact(_mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7)) {}
};

PJS_AVX2 inline bool decode32(const uint8_t* src, uint8_t* dst, const Avx2Consts& k) {
  const __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src));
  const __m256i hi = _mm256_and_si256(_mm256_srli_epi32(c, 4), k.nibble);
  const __m256i lo = _mm256_and_si256(c, k.nibble);
  const __m256i bad = _mm256_and_si256(_mm256_shuffle_epi8(k.loBits, lo), _mm256_shuffle_epi8(k.hiBits, hi));
  if (!_mm256_testz_si256(bad, bad)) return false;
  __m256i off = _mm256_shuffle_epi8(k.hiOffsets, hi);
  off = _mm256_blendv_epi8(off, _mm256_shuffle_epi8(k.hi2Offsets, lo), _mm256_cmpeq_epi8(hi, k.two));
  off = _mm256_blendv_epi8(off, k.underscoreOffset, _mm256_cmpeq_epi8(c, k.underscore));
  const __m256i v = _mm256_add_epi8(c, off);
  // [a b c d] -> 16-bit a*64+b, c*64+d -> 32-bit (a<<18|b<<12|c<<6|d), whose three
  // low bytes are the output in reverse order.
  const __m256i quads = _mm256_madd_epi16(_mm256_maddubs_epi16(v, k.pairWeights), k.quadWeights);
  const __m256i packed = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(quads, k.reverse), k.compact);
  // Exactly 24 bytes: a Buffer.write must not touch bytes past what it decoded.
  _mm_storeu_si128(reinterpret_cast<__m128i*>(dst), _mm256_castsi256_si128(packed));
  _mm_storel_epi64(reinterpret_cast<__m128i*>(dst + 16), _mm256_extracti128_si256(packed, 1));
  return true;
}

// ---- AVX-512 VBMI: one 128-entry lookup translates and flags at once ---------------------
struct Lut128 {
  alignas(64) uint8_t t[128];
};
constexpr Lut128 makeLut128() {
  Lut128 l{};
  for (int ch = 0; ch < 128; ch++) l.t[ch] = kUnbase64[ch];  // kBad has bit 7 set
  return l;
}
constexpr Lut128 kLut128 = makeLut128();

// Byte j of 48 output bytes comes from byte 2 - j % 3 of 32-bit quantum j / 3.
struct PackIndex {
  alignas(64) uint8_t t[64];
};
constexpr PackIndex makePackIndex() {
  PackIndex p{};
  for (int j = 0; j < 48; j++) p.t[j] = uint8_t(4 * (j / 3) + 2 - j % 3);
  return p;
}
constexpr PackIndex kPackIndex = makePackIndex();

PJS_AVX512 inline bool decode64(const uint8_t* src, uint8_t* dst, __m512i lutLo, __m512i lutHi, __m512i pack) {
  const __m512i c = _mm512_loadu_si512(src);
  const __m512i v = _mm512_permutex2var_epi8(lutLo, c, lutHi);  // index: low 7 bits of c
  // Invalid: the table says so, or the character is >= 0x80 (not looked up).
  if (_mm512_movepi8_mask(_mm512_or_si512(c, v))) return false;
  const __m512i pairs = _mm512_maddubs_epi16(v, _mm512_set1_epi32(0x01400140));
  const __m512i quads = _mm512_madd_epi16(pairs, _mm512_set1_epi32(0x00011000));
  _mm512_mask_storeu_epi8(dst, (__mmask64(1) << 48) - 1, _mm512_permutexvar_epi8(pack, quads));
  return true;
}

}  // namespace

// i and k are copied to locals: as references they could alias dst, and the
// compiler would reload and store them around every block.
PJS_AVX2 void base64DecodeAvx2(const uint8_t* src, size_t maxI, uint8_t* dst, size_t maxK, size_t& i, size_t& k) {
  const Avx2Consts consts;
  size_t in = i, out = k;
  while (in + 32 <= maxI && out + 24 <= maxK && decode32(src + in, dst + out, consts)) {
    in += 32;
    out += 24;
  }
  i = in;
  k = out;
}

PJS_AVX512 void base64DecodeAvx512(const uint8_t* src, size_t maxI, uint8_t* dst, size_t maxK, size_t& i, size_t& k) {
  const __m512i lutLo = _mm512_load_si512(kLut128.t);
  const __m512i lutHi = _mm512_load_si512(kLut128.t + 64);
  const __m512i pack = _mm512_load_si512(kPackIndex.t);
  size_t in = i, out = k;
  while (in + 64 <= maxI && out + 48 <= maxK && decode64(src + in, dst + out, lutLo, lutHi, pack)) {
    in += 64;
    out += 48;
  }
  i = in;
  k = out;
  // A shorter run that still holds a 32-character block.
  base64DecodeAvx2(src, maxI, dst, maxK, i, k);
}

}  // namespace protojs::enc::simd

#else  // not x86: the dispatcher never selects these

namespace protojs::enc::simd {
void base64DecodeAvx2(const uint8_t*, size_t, uint8_t*, size_t, size_t&, size_t&) {}
void base64DecodeAvx512(const uint8_t*, size_t, uint8_t*, size_t, size_t&, size_t&) {}
}  // namespace protojs::enc::simd

#endif
