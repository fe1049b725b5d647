// Vector hex decoding: 64 characters -> 32 bytes per step. Every character is
// checked; a block holding anything but hex digits is left to the scalar code,
// which stops at the first bad pair as Node does.
#include "modules/buffer/SimdKernels.h"
#include "modules/buffer/X86Intrinsics.h"

#if PJS_X86

namespace protojs::enc::simd {

namespace {

// The 4-bit values of 32 characters; `ok` gets the lanes that were hex digits.
PJS_AVX2 inline __m256i nibbles(__m256i c, __m256i& ok) {
  const __m256i digit = _mm256_sub_epi8(c, _mm256_set1_epi8('0'));                    // '0'..'9' -> 0..9
  const __m256i letter = _mm256_sub_epi8(_mm256_or_si256(c, _mm256_set1_epi8(0x20)),  // 'a'..'f', 'A'..'F'
                                         _mm256_set1_epi8('a'));                      // -> 0..5
  // Unsigned x <= m  <=>  min(x, m) == x.
  const __m256i isDigit = _mm256_cmpeq_epi8(_mm256_min_epu8(digit, _mm256_set1_epi8(9)), digit);
  const __m256i isLetter = _mm256_cmpeq_epi8(_mm256_min_epu8(letter, _mm256_set1_epi8(5)), letter);
  ok = _mm256_or_si256(isDigit, isLetter);
  return _mm256_blendv_epi8(_mm256_add_epi8(letter, _mm256_set1_epi8(10)), digit, isDigit);
}

}  // namespace

PJS_AVX2 void hexDecodeAvx2(const uint8_t* src, size_t n, uint8_t* dst, size_t cap, size_t& k) {
  const __m256i weights = _mm256_set1_epi16(0x0110);  // bytes [16, 1]: high digit first
  size_t out = k;                                     // a local: the reference could alias dst
  while (2 * (out + 32) <= n && out + 32 <= cap) {
    __m256i ok1, ok2;
    const __m256i a = nibbles(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + 2 * out)), ok1);
    const __m256i b = nibbles(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + 2 * out + 32)), ok2);
    if (_mm256_movemask_epi8(_mm256_and_si256(ok1, ok2)) != -1) break;
    // Pairs -> 16-bit values 0..255, packed to bytes (per 128-bit lane, hence the permute).
    const __m256i bytes = _mm256_packus_epi16(_mm256_maddubs_epi16(a, weights), _mm256_maddubs_epi16(b, weights));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + out), _mm256_permute4x64_epi64(bytes, 0xD8));
    out += 32;
  }
  k = out;
}

}  // namespace protojs::enc::simd

#else

namespace protojs::enc::simd {
void hexDecodeAvx2(const uint8_t*, size_t, uint8_t*, size_t, size_t&) {}
}  // namespace protojs::enc::simd

#endif
