// Byte-level codecs for Buffer's encodings, independent of the JS engine so they can
// be unit-tested alone. Strings arrive as QuickJS keeps them: 8-bit (Latin-1) or
// 16-bit (UTF-16 code units), so every encoder has both variants.
//
// The decoders reproduce Node's observable behavior byte for byte:
// - UTF-8 decoding replaces each maximal subpart of an ill-formed sequence with one
//   U+FFFD (the WHATWG Encoding Standard rule V8 follows).
// - UTF-8 encoding turns a lone surrogate into EF BF BD and writes only whole
//   characters when the destination is too small.
// - base64 decoding is lenient like Node's: characters outside the alphabet are
//   skipped, '=' ends the input, padding is optional, both alphabets are accepted.
// - hex decoding stops at the first pair that is not two hex digits.
// - a 16-bit code unit is truncated to its low byte where Node does the same
//   (latin1/ascii writes, base64 and hex decoding).
#pragma once
#include <cstddef>
#include <cstdint>

namespace protojs::enc {

// ---- UTF-8 -> string ---------------------------------------------------------
struct Utf8Info {
  size_t utf16Length = 0;  // code units of the decoded string
  bool latin1 = true;      // every decoded code point is <= 0xFF
};
// Decodes in one pass into `out`, which has room for n units (n bytes never decode
// to more); the answer says how many were written and whether all are Latin-1.
Utf8Info decodeUtf8ToUtf16(const uint8_t* s, size_t n, uint16_t* out);
bool isValidUtf8(const uint8_t* s, size_t n);
bool isAscii(const uint8_t* s, size_t n);
// Length of the leading run of ASCII bytes.
size_t asciiPrefix(const uint8_t* s, size_t n);

// ---- string -> UTF-8 ---------------------------------------------------------
size_t utf8Length(const uint8_t* latin1, size_t n);
size_t utf8Length(const uint16_t* utf16, size_t n);
// Encode whole characters while they fit in `cap` bytes. Returns the bytes written;
// *read (optional) receives the code units consumed.
size_t encodeUtf8(const uint8_t* latin1, size_t n, uint8_t* out, size_t cap, size_t* read = nullptr);
size_t encodeUtf8(const uint16_t* utf16, size_t n, uint8_t* out, size_t cap, size_t* read = nullptr);
// As encodeUtf8, but a lone surrogate is written as its own 3-byte sequence (ED A0 80
// for U+D800) instead of U+FFFD, as V8's String::Utf8Value does (Node's indexOf needle).
// Needs utf8Length(utf16, n) bytes.
size_t encodeWtf8(const uint16_t* utf16, size_t n, uint8_t* out, size_t cap);

// ---- base64 ------------------------------------------------------------------
size_t base64EncodedLength(size_t n, bool url);
// Writes base64EncodedLength(n, url) characters (padding only for the standard alphabet).
void base64Encode(const uint8_t* s, size_t n, uint8_t* out, bool url);
// Node's upper bound for the decoded size of a base64 string (StringBytes::Size).
size_t base64DecodedSize(const uint8_t* s, size_t n);
size_t base64DecodedSize(const uint16_t* s, size_t n);
// Decodes at most `cap` bytes; returns the number written.
size_t base64Decode(const uint8_t* s, size_t n, uint8_t* out, size_t cap);
size_t base64Decode(const uint16_t* s, size_t n, uint8_t* out, size_t cap);

// ---- hex -----------------------------------------------------------------------
void hexEncode(const uint8_t* s, size_t n, uint8_t* out);  // writes 2n characters
size_t hexDecode(const uint8_t* s, size_t n, uint8_t* out, size_t cap);
size_t hexDecode(const uint16_t* s, size_t n, uint8_t* out, size_t cap);

// ---- single-byte and UTF-16LE -----------------------------------------------------
// latin1/ascii/binary writes keep the low byte of each code unit.
void narrowUtf16(const uint16_t* s, size_t n, uint8_t* out);
// UTF-16LE bytes from 8-bit or 16-bit strings (unaligned destination allowed).
void latin1ToUtf16le(const uint8_t* s, size_t n, uint8_t* out);
void utf16ToUtf16le(const uint16_t* s, size_t n, uint8_t* out);

}  // namespace protojs::enc
