'use strict';
// Percent-encoding for the URL parser (https://url.spec.whatwg.org/#percent-encoded-bytes):
// the encode sets, UTF-8 percent-encoding and percent-decoding, special schemes.

const kSpecial = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
const isSpecialScheme = (s) => s in kSpecial;
const defaultPort = (s) => (s in kSpecial ? kSpecial[s] : null);

// --- percent-encoding -----------------------------------------------------------------
const inC0 = (c) => c < 0x20 || c > 0x7e;
const kSets = {
  c0: inC0,
  fragment: (c) => inC0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60,
  query: (c) => inC0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e,
};
kSets.specialQuery = (c) => kSets.query(c) || c === 0x27;
kSets.path = (c) => kSets.query(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
kSets.userinfo = (c) => kSets.path(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d ||
  c === 0x40 || (c >= 0x5b && c <= 0x5e) || c === 0x7c;
kSets.component = (c) => kSets.userinfo(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
kSets.form = (c) => kSets.component(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;

const hex = (b) => `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;

function utf8Bytes(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

// Percent-encodes the code points of `s` that are in `set` (as UTF-8 bytes).
function encode(s, set, spaceAsPlus = false) {
  let out = '';
  for (const ch of s) {
    let cp = ch.codePointAt(0);
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;  // lone surrogate
    if (spaceAsPlus && cp === 0x20) out += '+';
    else if (!set(cp)) out += ch;
    else for (const b of utf8Bytes(cp)) out += hex(b);
  }
  return out;
}

const isHex = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

// Percent-decodes to bytes, then UTF-8 decodes (invalid sequences become U+FFFD).
function percentDecode(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length + 0 && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) bytes.push(c);
    else {
      const cp = s.codePointAt(i);
      if (cp > 0xffff) i++;
      bytes.push(...utf8Bytes(cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp));
    }
  }
  return utf8Decode(bytes);
}

function utf8Decode(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b < 0x80) { out += String.fromCharCode(b); i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; min = 0x10000; }
    else { out += '\ufffd'; i++; continue; }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || (c & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out += '\ufffd';
      i += Math.max(1, j);
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

module.exports = { kSets, encode, percentDecode, utf8Decode, utf8Bytes, isSpecialScheme, defaultPort, isHex };
