// Vector base64 encoding.
// AVX-512 VBMI, 48 bytes -> 64 characters per step: one byte permute puts each
// 3-byte group into a 32-bit lane (bytes reversed, so the group reads as one 24-bit
// number), one multishift pulls out the four 6-bit fields, and a 64-entry permute
// maps them to the alphabet (it ignores the two stray high bits of each field).
// AVX2, 24 bytes -> 32 characters per step (the method of Muła and Lemire, 2018):
// a shuffle lays each group b0 b1 b2 out as the 16-bit words b0b1 and b1b2, where
// masks and 16-bit multiplies move the four fields into four bytes; the fields
// become characters by adding an offset looked up from their range.
#include "modules/buffer/SimdKernels.h"
#include "modules/buffer/X86Intrinsics.h"

#if PJS_X86

#include "modules/buffer/Base64Tables.h"

namespace protojs::enc::simd {

namespace {

struct Bytes64 {
  alignas(64) uint8_t t[64];
};

// Lane j takes input bytes 3j+2, 3j+1, 3j, 3j: little-endian, bits 0..23 are the group.
constexpr Bytes64 makeGather() {
  Bytes64 g{};
  for (int j = 0; j < 16; j++) {
    g.t[4 * j] = uint8_t(3 * j + 2);
    g.t[4 * j + 1] = uint8_t(3 * j + 1);
    g.t[4 * j + 2] = uint8_t(3 * j);
    g.t[4 * j + 3] = uint8_t(3 * j);
  }
  return g;
}
constexpr Bytes64 kGather = makeGather();

// Output character m of a lane is the field at bit 18 - 6m; offsets are within the
// 64-bit element, so the odd lane of each pair adds 32.
constexpr Bytes64 makeShifts() {
  Bytes64 s{};
  for (int b = 0; b < 64; b++) s.t[b] = uint8_t((b & 4 ? 32 : 0) + 18 - 6 * (b & 3));
  return s;
}
constexpr Bytes64 kShifts = makeShifts();

constexpr Bytes64 makeAlphabet(const char* a) {
  Bytes64 t{};
  for (int i = 0; i < 64; i++) t.t[i] = uint8_t(a[i]);
  return t;
}
constexpr Bytes64 kStdChars = makeAlphabet(kStd);
constexpr Bytes64 kUrlChars = makeAlphabet(kUrl);

// Offsets from a 6-bit value to its character, by range (see rangeOf below).
struct Offsets16 {
  alignas(16) int8_t t[16];
};
constexpr Offsets16 makeOffsets(const char* a) {
  Offsets16 o{};
  o.t[0] = int8_t(a[26] - 26);                                // 26..51: 'a'..'z'
  for (int r = 1; r <= 10; r++) o.t[r] = int8_t(a[52] - 52);  // 52..61: '0'..'9'
  o.t[11] = int8_t(a[62] - 62);
  o.t[12] = int8_t(a[63] - 63);
  o.t[13] = int8_t(a[0] - 0);  // 0..25: 'A'..'Z'
  return o;
}
constexpr Offsets16 kStdOffsets = makeOffsets(kStd);
constexpr Offsets16 kUrlOffsets = makeOffsets(kUrl);

}  // namespace

PJS_AVX2 size_t base64EncodeAvx2(const uint8_t* s, size_t n, uint8_t* out, bool url, size_t& i) {
  // Group g of a lane (bytes 3g..3g+2) -> 32-bit lane g as bytes b1 b0 b2 b1.
  const __m256i spread = _mm256_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10, 1, 0, 2, 1, 4, 3, 5, 4, 7,
                                          6, 8, 7, 10, 9, 11, 10);
  const __m256i offsets = _mm256_broadcastsi128_si256(
      _mm_load_si128(reinterpret_cast<const __m128i*>(url ? kUrlOffsets.t : kStdOffsets.t)));
  size_t written = 0;
  // Two 16-byte loads (12 bytes used from each) read s[i .. i + 28).
  size_t at = i;  // a local: the reference could alias out
  for (; at + 28 <= n; at += 24, written += 32) {
    const __m256i in =
        _mm256_inserti128_si256(_mm256_castsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at))),
                                _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at + 12)), 1);
    const __m256i words = _mm256_shuffle_epi8(in, spread);
    // Word b0b1: field 0 (bits 10..15) -> byte 0 by >> 10, field 1 (bits 4..9) -> byte 1 by << 4.
    // Word b1b2: field 2 (bits 6..11) -> byte 2 by >> 6, field 3 (bits 0..5) -> byte 3 by << 8.
    const __m256i hiFields =
        _mm256_mulhi_epu16(_mm256_and_si256(words, _mm256_set1_epi32(0x0FC0FC00)), _mm256_set1_epi32(0x04000040));
    const __m256i loFields =
        _mm256_mullo_epi16(_mm256_and_si256(words, _mm256_set1_epi32(0x003F03F0)), _mm256_set1_epi32(0x01000010));
    const __m256i v = _mm256_or_si256(hiFields, loFields);
    // Range: 0 for 26..51, 1..12 for 52..63, 13 for 0..25.
    __m256i range = _mm256_subs_epu8(v, _mm256_set1_epi8(51));
    range = _mm256_or_si256(range, _mm256_and_si256(_mm256_cmpgt_epi8(_mm256_set1_epi8(26), v), _mm256_set1_epi8(13)));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + written),
                        _mm256_add_epi8(v, _mm256_shuffle_epi8(offsets, range)));
  }
  i = at;
  return written;
}

PJS_AVX512 size_t base64EncodeAvx512(const uint8_t* s, size_t n, uint8_t* out, bool url, size_t& i) {
  const __m512i gather = _mm512_load_si512(kGather.t);
  const __m512i shifts = _mm512_load_si512(kShifts.t);
  const __m512i chars = _mm512_load_si512(url ? kUrlChars.t : kStdChars.t);
  const __mmask64 in48 = (__mmask64(1) << 48) - 1;
  size_t written = 0;
  size_t at = i;  // a local: the reference could alias out
  for (; at + 48 <= n; at += 48, written += 64) {
    // A masked load reads only the 48 bytes (no read past the end of the buffer).
    const __m512i in = _mm512_maskz_loadu_epi8(in48, s + at);
    const __m512i groups = _mm512_permutexvar_epi8(gather, in);
    const __m512i fields = _mm512_multishift_epi64_epi8(shifts, groups);
    _mm512_storeu_si512(out + written, _mm512_permutexvar_epi8(fields, chars));
  }
  i = at;
  return written;
}

}  // namespace protojs::enc::simd

#else

namespace protojs::enc::simd {
size_t base64EncodeAvx2(const uint8_t*, size_t, uint8_t*, bool, size_t&) { return 0; }
size_t base64EncodeAvx512(const uint8_t*, size_t, uint8_t*, bool, size_t&) { return 0; }
}  // namespace protojs::enc::simd

#endif
