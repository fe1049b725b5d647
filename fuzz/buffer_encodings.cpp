// libFuzzer harness: Buffer's codecs for every encoding (src/modules/buffer).
// The input is decoded as bytes in each encoding, read as a Latin-1 string and as
// UTF-16 code units, and encoded back, checking:
// - utf8: the decoded length is at most the byte count, the result is well-formed
//   UTF-16, the Latin-1 flag is right, re-encoding valid
//   UTF-8 gives the input back, and encoding any string gives valid UTF-8 whose
//   length utf8Length predicted (also when cut short by a small destination);
// - base64, base64url, hex: bytes -> text -> bytes round-trips; lenient decoding of
//   any text stays within base64DecodedSize / n/2, a smaller destination yields a
//   prefix, and 16-bit text decodes like its low bytes;
// - latin1, ascii, utf16le/ucs2: the exact byte <-> code unit mappings;
// - decodeBytes (the binding's bytes -> JS string path, writing QuickJS string memory
//   directly) builds the same characters for every encoding.
#include <quickjs.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "modules/buffer/BufferBinding.h"
#include "modules/buffer/Encodings.h"
#include "modules/buffer/StringAccess.h"
#include "support/Check.h"

namespace enc = protojs::enc;
using Bytes = std::vector<uint8_t>;
using Units = std::vector<uint16_t>;

namespace {

bool wellFormedUtf16(const Units& u) {
  for (size_t i = 0; i < u.size(); i++) {
    if (u[i] >= 0xdc00 && u[i] <= 0xdfff) return false;
    if (u[i] >= 0xd800 && u[i] <= 0xdbff) {
      if (i + 1 == u.size() || u[i + 1] < 0xdc00 || u[i + 1] > 0xdfff) return false;
      i++;
    }
  }
  return true;
}

Units decodeUtf8(const uint8_t* p, size_t n) {
  Units out(n);
  const enc::Utf8Info info = enc::decodeUtf8ToUtf16(p, n, out.data());
  FUZZ_CHECK(info.utf16Length <= n, "%zu units from %zu bytes", info.utf16Length, n);
  out.resize(info.utf16Length);
  FUZZ_CHECK(info.latin1 == std::all_of(out.begin(), out.end(), [](uint16_t c) { return c <= 0xff; }),
             "latin1 flag wrong");
  return out;
}

// Encodes 8- or 16-bit units to UTF-8 into an exact-size buffer, then again into a
// `cap`-byte one, which must hold a prefix of whole characters.
template <typename Unit>
Bytes encodeUtf8(const std::vector<Unit>& s, size_t cap) {
  const size_t need = enc::utf8Length(s.data(), s.size());
  Bytes out(need);
  size_t read = 0;
  FUZZ_CHECK(enc::encodeUtf8(s.data(), s.size(), out.data(), need, &read) == need, "utf8Length wrong");
  FUZZ_CHECK(read == s.size(), "read %zu of %zu units", read, s.size());
  FUZZ_CHECK(enc::isValidUtf8(out.data(), out.size()), "encoder wrote invalid UTF-8");
  cap = std::min(cap, need);
  Bytes part(cap);
  const size_t wrote = enc::encodeUtf8(s.data(), s.size(), part.data(), cap, &read);
  FUZZ_CHECK(wrote <= cap && read <= s.size(), "partial encode overran");
  FUZZ_CHECK(std::equal(part.begin(), part.begin() + long(wrote), out.begin()), "partial encode not a prefix");
  FUZZ_CHECK(wrote == enc::utf8Length(s.data(), read), "partial encode: %zu bytes for %zu units", wrote, read);
  return out;
}

void checkUtf8(const Bytes& in, size_t cap) {
  const size_t ascii = enc::asciiPrefix(in.data(), in.size());
  FUZZ_CHECK(ascii <= in.size() && (ascii == in.size() || in[ascii] >= 0x80), "asciiPrefix %zu", ascii);
  FUZZ_CHECK(enc::isAscii(in.data(), in.size()) == (ascii == in.size()), "isAscii");
  const Units units = decodeUtf8(in.data(), in.size());
  FUZZ_CHECK(wellFormedUtf16(units), "decoder produced a lone surrogate");
  const Bytes again = encodeUtf8(units, cap);
  if (enc::isValidUtf8(in.data(), in.size())) FUZZ_CHECK(again == in, "valid UTF-8 does not round-trip");
  FUZZ_CHECK(decodeUtf8(again.data(), again.size()) == units, "decode(encode(s)) != s");
}

// Any 16-bit string encodes to UTF-8 that decodes to it, lone surrogates -> U+FFFD.
void checkUtf16ToUtf8(const Units& s, size_t cap) {
  const Bytes utf8 = encodeUtf8(s, cap);
  Units expect = s;
  for (size_t i = 0; i < expect.size(); i++) {
    bool high = expect[i] >= 0xd800 && expect[i] <= 0xdbff;
    bool low = expect[i] >= 0xdc00 && expect[i] <= 0xdfff;
    if (high && i + 1 < expect.size() && expect[i + 1] >= 0xdc00 && expect[i + 1] <= 0xdfff) i++;
    else if (high || low) expect[i] = 0xfffd;
  }
  FUZZ_CHECK(decodeUtf8(utf8.data(), utf8.size()) == expect, "UTF-16 -> UTF-8 -> UTF-16 differs");
}

void checkLatin1ToUtf8(const Bytes& s, size_t cap) {
  const Bytes utf8 = encodeUtf8(s, cap);
  const size_t high = size_t(std::count_if(s.begin(), s.end(), [](uint8_t c) { return c >= 0x80; }));
  FUZZ_CHECK(utf8.size() == s.size() + high, "latin1 utf8Length");
  const Units back = decodeUtf8(utf8.data(), utf8.size());
  FUZZ_CHECK(std::equal(back.begin(), back.end(), s.begin(), s.end()), "latin1 -> UTF-8 -> latin1 differs");
}

template <typename Unit>
Bytes unbase64(const std::vector<Unit>& text, size_t cap) {
  const size_t bound = enc::base64DecodedSize(text.data(), text.size());
  Bytes out(bound);
  out.resize(enc::base64Decode(text.data(), text.size(), out.data(), bound));
  Bytes part(std::min(cap, bound));
  part.resize(enc::base64Decode(text.data(), text.size(), part.data(), part.size()));
  FUZZ_CHECK(part.size() <= out.size() && std::equal(part.begin(), part.end(), out.begin()),
             "base64 decode into %zu bytes is not a prefix", cap);
  return out;
}

template <typename Unit>
Bytes unhex(const std::vector<Unit>& text, size_t cap) {
  Bytes out(text.size() / 2);
  out.resize(enc::hexDecode(text.data(), text.size(), out.data(), out.size()));
  Bytes part(std::min(cap, text.size() / 2));
  part.resize(enc::hexDecode(text.data(), text.size(), part.data(), part.size()));
  FUZZ_CHECK(part.size() <= out.size() && std::equal(part.begin(), part.end(), out.begin()),
             "hex decode into %zu bytes is not a prefix", cap);
  return out;
}

void checkBase64AndHex(const Bytes& in, const Units& wide, size_t cap) {
  for (bool url : {false, true}) {
    Bytes text(enc::base64EncodedLength(in.size(), url));
    enc::base64Encode(in.data(), in.size(), text.data(), url);
    FUZZ_CHECK(unbase64(text, SIZE_MAX) == in, "base64%s does not round-trip", url ? "url" : "");
  }
  Bytes hex(in.size() * 2);
  enc::hexEncode(in.data(), in.size(), hex.data());
  FUZZ_CHECK(unhex(hex, SIZE_MAX) == in, "hex does not round-trip");
  // The input as text: lenient decoding; 16-bit units count by their low byte.
  Bytes low(wide.size());
  enc::narrowUtf16(wide.data(), wide.size(), low.data());
  FUZZ_CHECK(unbase64(wide, cap) == unbase64(low, cap), "16-bit base64 decode differs from its low bytes");
  FUZZ_CHECK(unhex(wide, cap) == unhex(low, cap), "16-bit hex decode differs from its low bytes");
  unbase64(in, cap);
  unhex(in, cap);
}

void checkSingleByteAndUtf16le(const Bytes& in, const Units& wide) {
  Bytes le(in.size() * 2);
  enc::latin1ToUtf16le(in.data(), in.size(), le.data());
  for (size_t i = 0; i < in.size(); i++) FUZZ_CHECK(le[2 * i] == in[i] && le[2 * i + 1] == 0, "latin1 -> ucs2");
  Bytes le2(wide.size() * 2);
  enc::utf16ToUtf16le(wide.data(), wide.size(), le2.data());
  FUZZ_CHECK(std::equal(le2.begin(), le2.end(), in.begin()), "ucs2 bytes do not round-trip");
}

// The binding's decodeBytes: each encoding's string, read back through StringView.
struct JsStrings {
  JSRuntime* rt = JS_NewRuntime();
  JSContext* ctx = JS_NewContext(rt);
  ~JsStrings() {
    JS_FreeContext(ctx);
    JS_FreeRuntime(rt);  // asserts that no string leaked
  }
};

Units stringUnits(JSContext* ctx, JSValueConst s) {
  protojs::StringView view(ctx, s);
  FUZZ_CHECK(view.ok(), "not a string");
  Units u(view.length());
  for (size_t i = 0; i < u.size(); i++) u[i] = view.wide() ? view.utf16()[i] : view.latin1()[i];
  return u;
}

void checkDecodeBytes(const Bytes& in, const Units& wide) {
  static JsStrings js;
  namespace b = protojs::buffer;
  Bytes hex(in.size() * 2), b64(enc::base64EncodedLength(in.size(), false)), b64url(enc::base64EncodedLength(in.size(), true));
  enc::hexEncode(in.data(), in.size(), hex.data());
  enc::base64Encode(in.data(), in.size(), b64.data(), false);
  enc::base64Encode(in.data(), in.size(), b64url.data(), true);
  Bytes ascii(in);
  for (uint8_t& c : ascii) c &= 0x7f;
  const Units utf8 = in.empty() ? Units() : decodeUtf8(in.data(), in.size());
  const struct {
    b::Encoding e;
    Units expect;
  } cases[] = {
      {b::kUtf8, utf8},
      {b::kUtf16le, wide},
      {b::kLatin1, Units(in.begin(), in.end())},
      {b::kAscii, Units(ascii.begin(), ascii.end())},
      {b::kHex, Units(hex.begin(), hex.end())},
      {b::kBase64, Units(b64.begin(), b64.end())},
      {b::kBase64url, Units(b64url.begin(), b64url.end())},
  };
  for (const auto& c : cases) {
    JSValue s = b::decodeBytes(js.ctx, in.data(), in.size(), c.e);
    FUZZ_CHECK(JS_IsString(s), "decodeBytes(%d) gave no string", c.e);
    FUZZ_CHECK(stringUnits(js.ctx, s) == c.expect, "decodeBytes(%d) differs", c.e);
    JS_FreeValue(js.ctx, s);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Bytes in(data, data + size);
  const Units wide = [&] {
    Units u(size / 2);
    for (size_t i = 0; i < u.size(); i++) u[i] = uint16_t(data[2 * i] | (data[2 * i + 1] << 8));
    return u;
  }();
  // A destination size for the partial writes, taken from the input itself.
  const size_t cap = size ? data[0] % (size + 1) : 0;
  checkUtf8(in, cap);
  checkUtf16ToUtf8(wide, cap);
  checkLatin1ToUtf8(in, cap);
  checkBase64AndHex(in, wide, cap);
  checkSingleByteAndUtf16le(Bytes(in.begin(), in.begin() + long(wide.size() * 2)), wide);
  checkDecodeBytes(in, wide);
  return 0;
}
