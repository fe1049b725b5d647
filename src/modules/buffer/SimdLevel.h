// Which vector instruction set the buffer codecs use. The level is chosen once from
// the CPU at start-up (the binary itself is built for baseline x86-64, so every
// vector kernel is compiled with a target attribute and only called when the CPU
// has it). Tests lower the level to compare the kernels with the scalar code, and
// the environment variable PROTOJS_SIMD=scalar|avx2 lowers it for a whole run.
#pragma once

namespace protojs::enc {

enum class SimdLevel : int {
  kScalar = 0,
  kAvx2 = 1,    // AVX2 (Haswell and later)
  kAvx512 = 2,  // AVX-512 BW + VBMI (Ice Lake and later)
};

// The level in use (the supported one unless lowered).
SimdLevel simdLevel();
// The best level this CPU (and OS) supports.
SimdLevel supportedSimdLevel();
// Uses `level` (clamped to the supported one) from now on; returns the previous level.
SimdLevel setSimdLevel(SimdLevel level);

}  // namespace protojs::enc
