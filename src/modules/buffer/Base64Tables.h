// The base64 alphabets and the decoding table shared by the scalar codecs
// (Base64Hex.cpp) and the vector kernels (Base64DecodeSimd.cpp, Base64EncodeSimd.cpp).
#pragma once
#include <array>
#include <cstdint>

namespace protojs::enc {

inline constexpr char kStd[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
inline constexpr char kUrl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
inline constexpr uint8_t kBad = 0xFF;  // not in either alphabet (bit 7 set)

// Both alphabets decode: '+' and '-' are 62, '/' and '_' are 63.
constexpr std::array<uint8_t, 256> makeUnbase64() {
  std::array<uint8_t, 256> t{};
  for (auto& v : t) v = kBad;
  for (int i = 0; i < 64; i++) {
    t[uint8_t(kStd[i])] = uint8_t(i);
    t[uint8_t(kUrl[i])] = uint8_t(i);
  }
  return t;
}
inline constexpr std::array<uint8_t, 256> kUnbase64 = makeUnbase64();

}  // namespace protojs::enc
