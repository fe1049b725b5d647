// The byte-level codecs behind Buffer (src/modules/buffer/Encodings.h) and the
// QuickJS string access they rely on (StringAccess.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "modules/buffer/Encodings.h"
#include "modules/buffer/StringAccess.h"

namespace enc = protojs::enc;

namespace {

std::vector<uint8_t> bytes(std::initializer_list<int> v) {
  std::vector<uint8_t> out;
  for (int b : v) out.push_back(uint8_t(b));
  return out;
}

std::vector<uint8_t> bytes(const std::string& s) { return std::vector<uint8_t>(s.begin(), s.end()); }

// Decodes UTF-8 to UTF-16 code units as the binding does, checking the Latin-1 flag.
std::u16string decode(const std::vector<uint8_t>& in) {
  std::u16string out(in.size(), u'\0');
  const enc::Utf8Info info = enc::decodeUtf8ToUtf16(in.data(), in.size(), reinterpret_cast<uint16_t*>(out.data()));
  out.resize(info.utf16Length);
  bool latin1 = true;
  for (char16_t c : out) latin1 = latin1 && c <= 0xff;
  EXPECT_EQ(info.latin1, latin1);
  return out;
}

// The length and width of what `in` decodes to.
enc::Utf8Info info(const std::vector<uint8_t>& in) {
  std::vector<uint16_t> out(in.size());
  return enc::decodeUtf8ToUtf16(in.data(), in.size(), out.data());
}

std::string encodeUtf8(const std::u16string& s, size_t cap = SIZE_MAX, size_t* read = nullptr) {
  const auto* p = reinterpret_cast<const uint16_t*>(s.data());
  const size_t need = enc::utf8Length(p, s.size());
  std::string out(need, '\0');
  const size_t n = enc::encodeUtf8(p, s.size(), reinterpret_cast<uint8_t*>(out.data()), cap < need ? cap : need, read);
  out.resize(n);
  return out;
}

std::string base64(const std::string& s, bool url = false) {
  std::string out(enc::base64EncodedLength(s.size(), url), '\0');
  enc::base64Encode(reinterpret_cast<const uint8_t*>(s.data()), s.size(), reinterpret_cast<uint8_t*>(out.data()), url);
  return out;
}

std::string unbase64(const std::string& s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  std::string out(enc::base64DecodedSize(p, s.size()), '\0');
  out.resize(enc::base64Decode(p, s.size(), reinterpret_cast<uint8_t*>(out.data()), out.size()));
  return out;
}

std::string unhex(const std::string& s) {
  std::string out(s.size() / 2, '\0');
  out.resize(enc::hexDecode(reinterpret_cast<const uint8_t*>(s.data()), s.size(), reinterpret_cast<uint8_t*>(out.data()),
                            out.size()));
  return out;
}

}  // namespace

TEST(BufferUtf8, DecodesWellFormedSequences) {
  EXPECT_EQ(decode(bytes("abc")), u"abc");
  EXPECT_EQ(decode(bytes({0xc3, 0xa9})), u"\u00e9");
  EXPECT_EQ(decode(bytes({0xe2, 0x82, 0xac})), u"\u20ac");
  EXPECT_EQ(decode(bytes({0xf0, 0x9f, 0x98, 0x80})), u"\U0001F600");
  EXPECT_EQ(decode(bytes({0xf4, 0x8f, 0xbf, 0xbf})), u"\U0010FFFF");
}

TEST(BufferUtf8, ReplacesMaximalSubparts) {
  // Unicode 15 Table 3-8: "61 F1 80 80 E1 80 C2 62 80 63 80 BF 64".
  EXPECT_EQ(decode(bytes({0x61, 0xf1, 0x80, 0x80, 0xe1, 0x80, 0xc2, 0x62, 0x80, 0x63, 0x80, 0xbf, 0x64})),
            u"a\ufffd\ufffd\ufffdb\ufffdc\ufffd\ufffdd");
  EXPECT_EQ(decode(bytes({0xe2, 0x82})), u"\ufffd");           // truncated: one replacement
  EXPECT_EQ(decode(bytes({0xe2, 0x82, 0x41})), u"\ufffdA");    // the next byte is reprocessed
  EXPECT_EQ(decode(bytes({0xed, 0xa0, 0x80})), u"\ufffd\ufffd\ufffd");  // encoded surrogate
  EXPECT_EQ(decode(bytes({0xc0, 0xaf})), u"\ufffd\ufffd");     // overlong
  EXPECT_EQ(decode(bytes({0xe0, 0x80, 0x80})), u"\ufffd\ufffd\ufffd");
  EXPECT_EQ(decode(bytes({0xf4, 0x90, 0x80, 0x80})), u"\ufffd\ufffd\ufffd\ufffd");  // above U+10FFFF
  EXPECT_EQ(decode(bytes({0xf0, 0x9f, 0x98})), u"\ufffd");
  EXPECT_EQ(decode(bytes({0xff, 0xfe})), u"\ufffd\ufffd");
}

TEST(BufferUtf8, DecodeReportsLengthAndWidth) {
  EXPECT_EQ(info(bytes("hello")).utf16Length, 5u);
  EXPECT_TRUE(info(bytes({0x41, 0xc3, 0xa9})).latin1);
  const auto wide = info(bytes({0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80}));
  EXPECT_FALSE(wide.latin1);
  EXPECT_EQ(wide.utf16Length, 3u);  // one BMP unit + a surrogate pair
  EXPECT_FALSE(info(bytes({0xff})).latin1);  // U+FFFD is not Latin-1
}

TEST(BufferUtf8, ValidationAndAscii) {
  auto good = bytes({0x41, 0xef, 0xbf, 0xbd, 0xf0, 0x9f, 0x98, 0x80});
  EXPECT_TRUE(enc::isValidUtf8(good.data(), good.size()));
  for (auto bad : {bytes({0xf0, 0x9f, 0x98}), bytes({0xed, 0xa0, 0x80}), bytes({0xc1, 0x81}), bytes({0x80})}) {
    EXPECT_FALSE(enc::isValidUtf8(bad.data(), bad.size()));
  }
  std::vector<uint8_t> longAscii(1000, 'x');
  EXPECT_TRUE(enc::isAscii(longAscii.data(), longAscii.size()));
  longAscii[999] = 0x80;
  EXPECT_FALSE(enc::isAscii(longAscii.data(), longAscii.size()));
  EXPECT_EQ(enc::asciiPrefix(longAscii.data(), longAscii.size()), 999u);
}

TEST(BufferUtf8, EncodesLoneSurrogatesAsReplacement) {
  EXPECT_EQ(encodeUtf8(u"\xd800"), "\xef\xbf\xbd");
  EXPECT_EQ(encodeUtf8(u"a\xdc00" u"b"), "a\xef\xbf\xbd" "b");
  EXPECT_EQ(encodeUtf8(u"\xdc00\xd800"), "\xef\xbf\xbd\xef\xbf\xbd");
  EXPECT_EQ(encodeUtf8(u"\U0001F600"), "\xf0\x9f\x98\x80");
  const std::u16string lone = u"\xd83d";
  EXPECT_EQ(enc::utf8Length(reinterpret_cast<const uint16_t*>(lone.data()), 1), 3u);
}

// The indexOf needle form (Node encodes it as V8's Utf8Value): a lone surrogate is
// its own 3-byte sequence, a pair is one 4-byte character, as in encodeUtf8.
TEST(BufferUtf8, Wtf8KeepsLoneSurrogates) {
  auto wtf8 = [](const std::u16string& s) {
    std::string out(s.size() * 3, '\0');
    size_t n = enc::encodeWtf8(reinterpret_cast<const uint16_t*>(s.data()), s.size(),
                               reinterpret_cast<uint8_t*>(out.data()), out.size());
    out.resize(n);
    return out;
  };
  EXPECT_EQ(wtf8(u"\xd800"), "\xed\xa0\x80");
  EXPECT_EQ(wtf8(u"a\xdc00" u"b"), "a\xed\xb0\x80" "b");
  EXPECT_EQ(wtf8(u"\xdc00\xd800"), "\xed\xb0\x80\xed\xa0\x80");
  EXPECT_EQ(wtf8(u"\U0001F600"), "\xf0\x9f\x98\x80");
  EXPECT_EQ(wtf8(u"\x00e9x"), "\xc3\xa9x");
}

// UTF-16 ASCII runs are copied eight units at a time: a non-ASCII unit (including
// ones whose low byte is ASCII, like U+0141) at every place of a run, at every cap,
// must give what encoding one character at a time gives.
TEST(BufferUtf8, Utf16AsciiRunsMatchCharacterByCharacter) {
  for (char16_t odd : {u'\u0080', u'\u00ff', u'\u0141', u'\u7f41', u'\u20ac'}) {
    for (size_t len = 0; len <= 40; len++) {
      for (size_t at = 0; at <= len; at++) {
        std::u16string s;
        for (size_t j = 0; j < len; j++) s += char16_t(j == at ? odd : u'a' + j % 26);
        std::string whole;
        std::vector<size_t> ends;  // output length after each character
        for (char16_t c : s) {
          whole += encodeUtf8(std::u16string(1, c));
          ends.push_back(whole.size());
        }
        EXPECT_EQ(enc::utf8Length(reinterpret_cast<const uint16_t*>(s.data()), s.size()), whole.size());
        for (size_t cap = 0; cap <= whole.size(); cap++) {
          size_t read = 0;
          const std::string got = encodeUtf8(s, cap, &read);
          size_t chars = 0;
          while (chars < ends.size() && ends[chars] <= cap) chars++;
          ASSERT_EQ(got, whole.substr(0, chars ? ends[chars - 1] : 0)) << "len " << len << " at " << at << " cap " << cap;
          ASSERT_EQ(read, chars);
        }
      }
    }
  }
}

TEST(BufferUtf8, WritesWholeCharactersOnly) {
  size_t read = 0;
  EXPECT_EQ(encodeUtf8(u"a\u20ac", 3, &read), "a");
  EXPECT_EQ(read, 1u);
  EXPECT_EQ(encodeUtf8(u"\U0001F600x", 3, &read), "");
  EXPECT_EQ(read, 0u);
  EXPECT_EQ(encodeUtf8(u"\U0001F600x", 5, &read), "\xf0\x9f\x98\x80x");
  EXPECT_EQ(read, 3u);
  // Latin-1 source: each byte >= 0x80 needs two output bytes.
  const uint8_t latin[] = {'a', 0xe9, 'b'};
  uint8_t out[4];
  EXPECT_EQ(enc::encodeUtf8(latin, 3, out, 2, &read), 1u);
  EXPECT_EQ(read, 1u);
  EXPECT_EQ(enc::encodeUtf8(latin, 3, out, 4, &read), 4u);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(out), 4), "a\xc3\xa9" "b");
  EXPECT_EQ(enc::utf8Length(latin, 3), 4u);
  // The word-at-a-time count: 20 bytes, 7 of them >= 0x80.
  const uint8_t mixed[20] = {0x80, 'a', 0xff, 'b', 0xe9, 0xe9, 'c', 'd', 'e', 0x81,
                             'f', 'g', 'h', 'i', 'j', 'k', 'l', 0xa0, 'm', 0xfe};
  EXPECT_EQ(enc::utf8Length(mixed, 20), 27u);
}

TEST(BufferBase64, EncodesBothAlphabets) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64("\xfb\xff\xbf"), "+/+/");
  EXPECT_EQ(base64("\xfb\xff\xbf", true), "-_-_");
  EXPECT_EQ(base64("f", true), "Zg");
  EXPECT_EQ(base64("fo", true), "Zm8");
}

TEST(BufferBase64, DecodesLeniently) {
  EXPECT_EQ(unbase64("Zm9vYmFy"), "foobar");
  EXPECT_EQ(unbase64("Zm9vYg"), "foob");
  EXPECT_EQ(unbase64("Zm9v YmFy"), "foobar");        // whitespace skipped
  EXPECT_EQ(unbase64("Zm9v\nYm\r\nFy"), "foobar");
  EXPECT_EQ(unbase64("-_-_"), "\xfb\xff\xbf");       // url alphabet accepted
  EXPECT_EQ(unbase64("QQ==QQ=="), "A");              // '=' ends decoding
  EXPECT_EQ(unbase64("Q"), "");                      // one char decodes to nothing
  EXPECT_EQ(unbase64("QU!JD"), "ABC");               // junk skipped
  // 16-bit input: a code unit counts as its low byte (0x0141 -> 'A').
  const std::u16string wide = u"\u0141QQQ";
  uint8_t out[8];
  const auto* p = reinterpret_cast<const uint16_t*>(wide.data());
  const size_t n = enc::base64Decode(p, wide.size(), out, enc::base64DecodedSize(p, wide.size()));
  EXPECT_EQ(std::string(reinterpret_cast<char*>(out), n), "\x01\x04\x10");
}

TEST(BufferBase64, RespectsCapacity) {
  const std::string in = "Zm9vYmFy";
  uint8_t out[8];
  EXPECT_EQ(enc::base64Decode(reinterpret_cast<const uint8_t*>(in.data()), in.size(), out, 4), 4u);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(out), 4), "foob");
  EXPECT_EQ(enc::base64Decode(reinterpret_cast<const uint8_t*>(in.data()), in.size(), out, 0), 0u);
}

TEST(BufferHex, DecodesUntilFirstInvalidPair) {
  EXPECT_EQ(unhex("48656c6c6f"), "Hello");
  EXPECT_EQ(unhex("48656C6C6F"), "Hello");
  EXPECT_EQ(unhex("4865zz6c"), "He");
  EXPECT_EQ(unhex("486"), "H");  // odd trailing digit ignored
  EXPECT_EQ(unhex("g0"), "");
  uint8_t all[256];
  for (int i = 0; i < 256; i++) all[i] = uint8_t(i);
  std::string hex(512, '\0');
  enc::hexEncode(all, 256, reinterpret_cast<uint8_t*>(hex.data()));
  EXPECT_EQ(hex.substr(0, 8), "00010203");
  EXPECT_EQ(hex.substr(504), "fcfdfeff");
  EXPECT_EQ(unhex(hex), std::string(reinterpret_cast<char*>(all), 256));
}

TEST(BufferUtf16, ConvertsBothWidths) {
  const uint8_t latin[] = {'a', 0xe9};
  uint8_t out[4];
  enc::latin1ToUtf16le(latin, 2, out);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(out), 4), std::string("a\0\xe9\0", 4));
  const uint16_t wide[] = {0x20ac, 0xd83d};
  enc::utf16ToUtf16le(wide, 2, out);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(out), 4), "\xac\x20\x3d\xd8");
  uint8_t narrow[2];
  enc::narrowUtf16(wide, 2, narrow);
  EXPECT_EQ(narrow[0], 0xac);
  EXPECT_EQ(narrow[1], 0x3d);
}

TEST(BufferStrings, LayoutMatchesThisQuickJS) {
  JSRuntime* rt = JS_NewRuntime();
  JSContext* ctx = JS_NewContext(rt);
  EXPECT_TRUE(protojs::checkStringLayout(ctx));

  // A wide string built here compares equal to the same string built by QuickJS.
  uint16_t* units;
  JSValue mine = protojs::newUtf16String(ctx, 2, &units);
  units[0] = 0x20ac;
  units[1] = 'x';
  JSValue theirs = JS_NewStringLen(ctx, "\xe2\x82\xac" "x", 4);
  EXPECT_TRUE(JS_StrictEq(ctx, mine, theirs));
  {
    protojs::StringView view(ctx, theirs);
    ASSERT_TRUE(view.ok());
    EXPECT_TRUE(view.wide());
    EXPECT_EQ(view.length(), 2u);
    EXPECT_EQ(view.utf16()[0], 0x20ac);
  }
  JS_FreeValue(ctx, mine);
  JS_FreeValue(ctx, theirs);

  // A rope (from concatenation) is flattened for reading.
  JSValue rope = JS_Eval(ctx, "let s = 'ab'; for (let i = 0; i < 200; i++) s += 'cd'; s", 56, "<t>", 0);
  {
    protojs::StringView view(ctx, rope);
    ASSERT_TRUE(view.ok());
    EXPECT_FALSE(view.wide());
    EXPECT_EQ(view.length(), 402u);
    EXPECT_EQ(view.latin1()[401], 'd');
  }
  JS_FreeValue(ctx, rope);
  JS_FreeContext(ctx);
  JS_FreeRuntime(rt);  // asserts that nothing leaked
}
