// Vector base64 encoding with AVX-512 VBMI: 48 bytes -> 64 characters per step.
// One byte permute puts each 3-byte group into a 32-bit lane (bytes reversed, so
// the group reads as one 24-bit number), one multishift pulls out the four 6-bit
// fields, and a 64-entry permute maps them to the alphabet (it ignores the two
// stray high bits of each field).
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

}  // namespace

PJS_AVX512 size_t base64EncodeAvx512(const uint8_t* s, size_t n, uint8_t* out, bool url, size_t& i) {
  const __m512i gather = _mm512_load_si512(kGather.t);
  const __m512i shifts = _mm512_load_si512(kShifts.t);
  const __m512i chars = _mm512_load_si512(url ? kUrlChars.t : kStdChars.t);
  const __mmask64 in48 = (__mmask64(1) << 48) - 1;
  size_t written = 0;
  for (; i + 48 <= n; i += 48, written += 64) {
    // A masked load reads only the 48 bytes (no read past the end of the buffer).
    const __m512i in = _mm512_maskz_loadu_epi8(in48, s + i);
    const __m512i groups = _mm512_permutexvar_epi8(gather, in);
    const __m512i fields = _mm512_multishift_epi64_epi8(shifts, groups);
    _mm512_storeu_si512(out + written, _mm512_permutexvar_epi8(fields, chars));
  }
  return written;
}

}  // namespace protojs::enc::simd

#else

namespace protojs::enc::simd {
size_t base64EncodeAvx512(const uint8_t*, size_t, uint8_t*, bool, size_t&) { return 0; }
}  // namespace protojs::enc::simd

#endif
