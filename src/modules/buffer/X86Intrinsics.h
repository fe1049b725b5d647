// <immintrin.h> for the vector kernels, on x86 only (PJS_X86 says which). Kernels
// are compiled with target attributes, so the rest of the binary stays baseline.
#pragma once

#if defined(__x86_64__) || defined(__i386__)
#define PJS_X86 1
// GCC 12's AVX-512 VBMI intrinsics trip -Wmaybe-uninitialized inside the header.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#pragma GCC diagnostic pop
#define PJS_AVX2 __attribute__((target("avx2")))
#define PJS_AVX512 __attribute__((target("avx512f,avx512bw,avx512vbmi")))
#else
#define PJS_X86 0
#endif
