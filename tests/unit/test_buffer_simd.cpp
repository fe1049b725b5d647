// The vector kernels (src/modules/buffer/*Simd.cpp) against the scalar codecs: every
// level the CPU supports must give byte-identical output, including the bytes it
// must leave alone past the decoded count, for random input of many lengths, at
// every alignment, with whitespace, junk, padding and both alphabets mixed in.
#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "modules/buffer/Encodings.h"
#include "modules/buffer/SimdLevel.h"

namespace enc = protojs::enc;
using enc::SimdLevel;

namespace {

constexpr uint8_t kSentinel = 0xA5;
constexpr size_t kMaxAlign = 64;

// Runs fn at `level`, restoring the previous level after.
template <typename Fn>
auto atLevel(SimdLevel level, Fn fn) {
  const SimdLevel old = enc::setSimdLevel(level);
  auto result = fn();
  enc::setSimdLevel(old);
  return result;
}

// The decoder's whole output area (result bytes, then untouched sentinels) with the
// input placed at `align` bytes past a 64-byte boundary.
struct Decoded {
  size_t count;
  std::vector<uint8_t> out;
  bool operator==(const Decoded&) const = default;
};

template <typename DecodeFn>
Decoded decodeAt(const std::string& in, size_t align, size_t cap, DecodeFn decode) {
  std::vector<uint8_t> storage(in.size() + 2 * kMaxAlign);
  auto* base = reinterpret_cast<uint8_t*>((reinterpret_cast<uintptr_t>(storage.data()) + kMaxAlign - 1) &
                                          ~uintptr_t(kMaxAlign - 1));
  std::copy(in.begin(), in.end(), base + align);
  Decoded d{0, std::vector<uint8_t>(cap + 16, kSentinel)};
  d.count = decode(base + align, in.size(), d.out.data(), cap);
  return d;
}

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";
// Characters the decoder skips or stops at, including bytes that only look valid
// in their low 7 bits (0xC1 -> 'A').
const char kNoise[] = " \n\r\t=!.*\x80\xC1\xE1\xFF\x7F";

std::string randomBase64(std::mt19937& rng, size_t len) {
  std::string s(len, 'A');
  for (auto& c : s) c = kAlphabet[rng() % 66];
  return s;
}

// Sprinkles about `count` noise characters into s (none when count is 0).
std::string withNoise(std::mt19937& rng, std::string s, size_t count) {
  for (size_t j = 0; j < count && !s.empty(); j++) s[rng() % s.size()] = kNoise[rng() % (sizeof(kNoise) - 1)];
  return s;
}

std::vector<SimdLevel> vectorLevels() {
  std::vector<SimdLevel> levels;
  for (SimdLevel l : {SimdLevel::kAvx2, SimdLevel::kAvx512}) {
    if (int(l) <= int(enc::supportedSimdLevel())) levels.push_back(l);
  }
  return levels;
}

std::vector<size_t> lengths() {
  std::vector<size_t> v;
  for (size_t n = 0; n <= 300; n++) v.push_back(n);
  for (size_t n : {511, 512, 513, 1023, 1024, 1368, 4095, 4096, 65536 + 7}) v.push_back(n);
  return v;
}

size_t base64Decode(const uint8_t* s, size_t n, uint8_t* out, size_t cap) { return enc::base64Decode(s, n, out, cap); }
size_t hexDecode(const uint8_t* s, size_t n, uint8_t* out, size_t cap) { return enc::hexDecode(s, n, out, cap); }

// Decodes `in` at every alignment with the full cap and a smaller one, at every
// vector level, and compares with the scalar result.
template <typename DecodeFn>
void expectSameAsScalar(const std::string& in, size_t fullCap, std::mt19937& rng, DecodeFn decode) {
  const size_t caps[2] = {fullCap, fullCap ? rng() % fullCap : 0};
  for (size_t cap : caps) {
    const Decoded want = atLevel(SimdLevel::kScalar, [&] { return decodeAt(in, 0, cap, decode); });
    for (SimdLevel level : vectorLevels()) {
      for (size_t align = 0; align<kMaxAlign; align += in.size()> 4096 ? 13 : 1) {
        const Decoded got = atLevel(level, [&] { return decodeAt(in, align, cap, decode); });
        ASSERT_EQ(got, want) << "level " << int(level) << " length " << in.size() << " align " << align << " cap "
                             << cap << " input " << in.substr(0, 200);
      }
    }
  }
}

size_t base64Cap(const std::string& s) {
  return enc::base64DecodedSize(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

TEST(BufferSimd, SupportedLevelIsUsedByDefault) {
  if (!std::getenv("PROTOJS_SIMD")) EXPECT_EQ(enc::simdLevel(), enc::supportedSimdLevel());
  if (vectorLevels().empty()) GTEST_SKIP() << "no vector level on this CPU";
}

TEST(BufferSimd, Base64DecodeCleanMatchesScalar) {
  std::mt19937 rng(1);
  for (size_t n : lengths()) {
    const std::string s = randomBase64(rng, n);
    expectSameAsScalar(s, base64Cap(s), rng, base64Decode);
  }
}

TEST(BufferSimd, Base64DecodeNoisyMatchesScalar) {
  std::mt19937 rng(2);
  for (size_t n : lengths()) {
    for (size_t noise : {size_t(1), size_t(3), n / 50 + 1}) {
      const std::string s = withNoise(rng, randomBase64(rng, n), noise);
      expectSameAsScalar(s, base64Cap(s), rng, base64Decode);
    }
  }
}

TEST(BufferSimd, Base64DecodePaddedAndWrappedMatchesScalar) {
  std::mt19937 rng(3);
  for (size_t n : lengths()) {
    std::string s = randomBase64(rng, n);
    // Trailing padding, then MIME-style line breaks every 76 characters.
    expectSameAsScalar(s + "=", base64Cap(s + "="), rng, base64Decode);
    expectSameAsScalar(s + "==", base64Cap(s + "=="), rng, base64Decode);
    std::string wrapped;
    for (size_t j = 0; j < s.size(); j += 76) wrapped += s.substr(j, 76) + "\r\n";
    expectSameAsScalar(wrapped, base64Cap(wrapped), rng, base64Decode);
  }
}

TEST(BufferSimd, HexDecodeMatchesScalar) {
  std::mt19937 rng(4);
  const char digits[] = "0123456789abcdefABCDEF";
  const char bad[] = "gG/:@`z \x80\xB0\xC1";
  for (size_t n : lengths()) {
    std::string s(n, '0');
    for (auto& c : s) c = digits[rng() % 22];
    expectSameAsScalar(s, n / 2, rng, hexDecode);
    if (n == 0) continue;
    std::string broken = s;
    broken[rng() % n] = bad[rng() % (sizeof(bad) - 1)];
    expectSameAsScalar(broken, n / 2, rng, hexDecode);
  }
}

std::string encodeAt(const uint8_t* in, size_t n, bool url) {
  std::string out(enc::base64EncodedLength(n, url) + 16, char(kSentinel));
  enc::base64Encode(in, n, reinterpret_cast<uint8_t*>(out.data()), url);
  return out;
}

TEST(BufferSimd, Base64EncodeMatchesScalar) {
  std::mt19937 rng(5);
  for (size_t n : lengths()) {
    std::vector<uint8_t> storage(n + 2 * kMaxAlign);
    for (auto& b : storage) b = uint8_t(rng());
    auto* base = reinterpret_cast<uint8_t*>((reinterpret_cast<uintptr_t>(storage.data()) + kMaxAlign - 1) &
                                            ~uintptr_t(kMaxAlign - 1));
    for (bool url : {false, true}) {
      for (SimdLevel level : vectorLevels()) {
        for (size_t align = 0; align<kMaxAlign; align += n> 4096 ? 13 : 1) {
          const std::string want = atLevel(SimdLevel::kScalar, [&] { return encodeAt(base + align, n, url); });
          const std::string got = atLevel(level, [&] { return encodeAt(base + align, n, url); });
          ASSERT_EQ(got, want) << "level " << int(level) << " length " << n << " align " << align << " url " << url;
        }
      }
    }
  }
}

}  // namespace
