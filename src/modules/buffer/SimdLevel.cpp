#include "modules/buffer/SimdLevel.h"

#include <cstdlib>
#include <cstring>

namespace protojs::enc {

namespace {

SimdLevel detect() {
#if defined(__x86_64__) || defined(__i386__)
  // May run before libgcc's own constructor has filled in the CPU model.
  __builtin_cpu_init();
  // libgcc also checks (XGETBV) that the OS saves the AVX / AVX-512 register state.
  if (__builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vbmi")) return SimdLevel::kAvx512;
  if (__builtin_cpu_supports("avx2")) return SimdLevel::kAvx2;
#endif
  return SimdLevel::kScalar;
}

// PROTOJS_SIMD=scalar|avx2 lowers the level (to measure or test the other paths).
SimdLevel initial(SimdLevel supported) {
  const char* want = std::getenv("PROTOJS_SIMD");
  SimdLevel level = supported;
  if (want && std::strcmp(want, "scalar") == 0) level = SimdLevel::kScalar;
  if (want && std::strcmp(want, "avx2") == 0) level = SimdLevel::kAvx2;
  return int(level) < int(supported) ? level : supported;
}

const SimdLevel kSupported = detect();
SimdLevel gLevel = initial(kSupported);

}  // namespace

SimdLevel simdLevel() { return gLevel; }
SimdLevel supportedSimdLevel() { return kSupported; }

SimdLevel setSimdLevel(SimdLevel level) {
  const SimdLevel old = gLevel;
  gLevel = int(level) < int(kSupported) ? level : kSupported;
  return old;
}

}  // namespace protojs::enc
