// Vector kernels behind the scalar codecs in Base64Hex.cpp. Each kernel handles
// only the easy bulk of the input (whole blocks of valid characters) and leaves
// the rest (a block with whitespace, padding or junk, the tail) to the scalar code,
// which resumes exactly where the kernel stopped. So the scalar code alone defines
// the semantics, and a kernel must give byte-identical results for what it takes.
// Kernels write only bytes they decoded (never past dst[maxK - 1]): a write into a
// caller's Buffer must not touch bytes beyond the reported count.
// Only call a kernel when simdLevel() (SimdLevel.h) allows its instruction set.
#pragma once
#include <cstddef>
#include <cstdint>

namespace protojs::enc::simd {

// base64 (both alphabets): decodes while src[i..i+block) is all alphabet characters,
// i + block <= maxI and k + block * 3 / 4 <= maxK; advances i (characters) and k
// (bytes). Blocks are 32 characters (AVX2) or 64 (AVX-512).
void base64DecodeAvx2(const uint8_t* src, size_t maxI, uint8_t* dst, size_t maxK, size_t& i, size_t& k);
void base64DecodeAvx512(const uint8_t* src, size_t maxI, uint8_t* dst, size_t maxK, size_t& i, size_t& k);

// base64 encoding of whole blocks: encodes s[i..) into out[0..), advances i and
// returns the characters written. AVX-512: 48 bytes -> 64 characters while
// i + 48 <= n; AVX2: 24 bytes -> 32 characters while i + 28 <= n (it reads 28).
size_t base64EncodeAvx2(const uint8_t* s, size_t n, uint8_t* out, bool url, size_t& i);
size_t base64EncodeAvx512(const uint8_t* s, size_t n, uint8_t* out, bool url, size_t& i);

// hex: decodes 64-character blocks of hex digit pairs while 2 * (k + 32) <= n and
// k + 32 <= cap; advances k (bytes written = pairs read). Stops before the first
// block holding a character that is not a hex digit.
void hexDecodeAvx2(const uint8_t* src, size_t n, uint8_t* dst, size_t cap, size_t& k);

}  // namespace protojs::enc::simd
