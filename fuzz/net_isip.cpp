// libFuzzer harness: net.isIP / isIPv4 / isIPv6 and the address parsers behind
// net.SocketAddress and net.BlockList (lib/internal/net/ip.js), run in an embedded
// protoJS runtime and compared with glibc's inet_pton, whose grammar matches Node's
// (dotted quads without leading zeros; RFC 4291 IPv6 text with an IPv4 tail; Node
// adds an optional '%zone' of [0-9a-zA-Z-.:] characters, checked here by hand).
#include <arpa/inet.h>

#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>

#include "support/Check.h"
#include "support/JsHarness.h"

namespace {

// check(s) -> "<isIP>|<ipv4ToBigInt as hex bytes, or null>|<ipv6ToBigInt ...>", after
// checking that the three predicates agree and SocketAddress accepts exactly them.
// The hex is built byte by byte: QuickJS 2025-04-26's BigInt toString() misbehaves
// for values whose top bit ends a 64-bit limb (clz of 0: a leading '0' in gcc builds,
// a huge allocation under clang), e.g. (2n ** 127n).toString(16).
const char kFactory[] = R"JS(
(require) => {
  const net = require('net');
  const { ipv4ToBigInt, ipv6ToBigInt } = require('internal/net/ip');
  function accepts(address, family) {
    try {
      new net.SocketAddress({ address, family });
      return true;
    } catch (e) {
      if (e.code !== 'ERR_INVALID_ADDRESS') throw new Error(`SocketAddress threw ${e.code}: ${e.message}`);
      return false;
    }
  }
  function hex(n, bytes) {
    if (n === null) return 'null';
    if (n < 0n || n >> BigInt(8 * bytes) !== 0n) throw new Error('address out of range');
    let s = '';
    for (let i = bytes - 1; i >= 0; i--) s += Number((n >> BigInt(8 * i)) & 0xffn).toString(16).padStart(2, '0');
    return s;
  }
  return (s) => {
    const ip = net.isIP(s), v4 = net.isIPv4(s), v6 = net.isIPv6(s);
    if (ip !== (v4 ? 4 : v6 ? 6 : 0) || (v4 && v6)) throw new Error(`isIP ${ip} isIPv4 ${v4} isIPv6 ${v6}`);
    if (accepts(s, 'ipv4') !== v4 || accepts(s, 'ipv6') !== v6) throw new Error('SocketAddress disagrees with isIP');
    return `${ip}|${hex(ipv4ToBigInt(s), 4)}|${hex(ipv6ToBigInt(s), 16)}`;
  };
}
)JS";

std::string hexBytes(const uint8_t* bytes, size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < n; i++) {
    out += digits[bytes[i] >> 4];
    out += digits[bytes[i] & 15];
  }
  return out;
}

bool validZone(std::string_view zone) {
  if (zone.empty()) return false;
  for (char c : zone)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.' && c != ':') return false;
  return true;
}

// The expected check() result, from inet_pton.
std::string oracle(std::string_view s) {
  if (s.find('\0') != std::string_view::npos) return "0|null|null";
  uint8_t bytes[16];
  const std::string str(s);
  if (inet_pton(AF_INET, str.c_str(), bytes) == 1) return "4|" + hexBytes(bytes, 4) + "|null";
  const size_t pct = str.find('%');
  if (pct != std::string::npos && !validZone(s.substr(pct + 1))) return "0|null|null";
  if (inet_pton(AF_INET6, str.substr(0, pct).c_str(), bytes) == 1) return "6|null|" + hexBytes(bytes, 16);
  return "0|null|null";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::JsHarness js(kFactory);
  if (size > 256) return 0;  // addresses are short; long inputs only slow the regex
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const std::string got = js.call(in);
  // (Non-ASCII bytes reach JS as other characters; neither side accepts them.)
  const std::string want = oracle(in);
  FUZZ_CHECK(got == want, "input '%.*s': protojs %s, inet_pton %s", int(size), in.data(), got.c_str(), want.c_str());
  return 0;
}
