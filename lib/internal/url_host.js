'use strict';
// Host parsing and serialization of the URL Standard: domains (ASCII lowercasing and
// Punycode for non-ASCII labels), IPv4 (with hex/octal parts) and IPv6 addresses,
// and opaque hosts of non-special schemes. A failure returns null.

const { encode, kSets, percentDecode } = require('internal/url_encoding');

const kForbiddenHost = new Set([0x00, 0x09, 0x0a, 0x0d, 0x20, 0x23, 0x2f, 0x3a, 0x3c, 0x3e, 0x3f,
  0x40, 0x5b, 0x5c, 0x5d, 0x5e, 0x7c]);
const isForbiddenHost = (c) => kForbiddenHost.has(c);
const isForbiddenDomain = (c) => isForbiddenHost(c) || (c <= 0x1f) || c === 0x25 || c === 0x7f;

// --- Punycode (RFC 3492), for IDNA ToASCII of non-ASCII labels ----------------------------
function punycodeEncode(input) {
  const cps = Array.from(input, (c) => c.codePointAt(0));
  let n = 128;
  let delta = 0;
  let bias = 72;
  let out = cps.filter((c) => c < 128).map((c) => String.fromCharCode(c)).join('');
  const basic = out.length;
  let h = basic;
  if (basic > 0) out += '-';
  const digit = (d) => String.fromCharCode(d + 22 + 75 * (d < 26));
  const adapt = (d, numPoints, first) => {
    d = first ? Math.floor(d / 700) : d >> 1;
    d += Math.floor(d / numPoints);
    let k = 0;
    for (; d > 455; k += 36) d = Math.floor(d / 35);
    return k + Math.floor((36 * d) / (d + 38));
  };
  while (h < cps.length) {
    const m = Math.min(...cps.filter((c) => c >= n));
    delta += (m - n) * (h + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = 36; ; k += 36) {
          const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
          if (q < t) break;
          out += digit(t + ((q - t) % (36 - t)));
          q = Math.floor((q - t) / (36 - t));
        }
        out += digit(q);
        bias = adapt(delta, h + 1, h === basic);
        delta = 0;
        h++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

function punycodeDecode(input) {
  const out = [];
  let n = 128;
  let bias = 72;
  let i = 0;
  const basic = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basic, 0); j++) {
    if (input.charCodeAt(j) >= 0x80) return null;
    out.push(input.charCodeAt(j));
  }
  const digitOf = (c) => (c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : 36);
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = 36; ; k += 36) {
      if (idx >= input.length) return null;
      const digit = digitOf(input.charCodeAt(idx++));
      if (digit >= 36) return null;
      i += digit * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < t) break;
      w *= 36 - t;
    }
    const len = out.length + 1;
    let delta = oldi === 0 ? Math.floor((i - oldi) / 700) : (i - oldi) >> 1;
    delta += Math.floor(delta / len);
    let k = 0;
    for (; delta > 455; k += 36) delta = Math.floor(delta / 35);
    bias = k + Math.floor((36 * delta) / (delta + 38));
    n += Math.floor(i / len);
    i %= len;
    if (n > 0x10ffff) return null;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

// IDNA ToUnicode: xn-- labels decoded (left as they are when invalid).
function domainToUnicode(domain) {
  return domain.split('.').map((label) => {
    if (!label.toLowerCase().startsWith('xn--')) return label;
    const decoded = punycodeDecode(label.slice(4));
    return decoded === null ? label : decoded;
  }).join('.');
}

// IDNA ToASCII, reduced: UTS #46 mapping approximated by NFKC plus lowercasing, with
// the code points UTS #46 ignores removed and the ideographic full stops as dots;
// then Punycode for non-ASCII labels.
const kIgnored = /[\u00ad\u034f\u180b-\u180d\u200b\u2060\ufe00-\ufe0f\ufeff]/g;
function domainToASCII(domain) {
  const mapped = domain.replace(kIgnored, '').normalize('NFKC').toLowerCase().replace(/[\u3002\uff0e\uff61]/g, '.');
  const labels = mapped.split('.').map((label) => {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(label)) return label;
    return `xn--${punycodeEncode(label)}`;
  });
  // An xn-- label must be valid Punycode for a non-ASCII label (UTS #46 validity).
  for (const label of labels) {
    if (!label.startsWith('xn--')) continue;
    const decoded = punycodeDecode(label.slice(4));
    // eslint-disable-next-line no-control-regex
    if (decoded === null || decoded === '' || /^[\x00-\x7f]*$/.test(decoded) || punycodeEncode(decoded) !== label.slice(4)) return '';
  }
  return labels.join('.');
}

// --- IPv4 -----------------------------------------------------------------------------------
function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && (s.startsWith('0x') || s.startsWith('0X'))) { s = s.slice(2); radix = 16; }
  else if (s.length >= 2 && s[0] === '0') { s = s.slice(1); radix = 8; }
  if (s === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const nums = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (Number.isNaN(n)) return null;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) return null;
  let ipv4 = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(n % 256));
    n = Math.floor(n / 256);
  }
  return out.join('.');
}

// --- IPv6 -----------------------------------------------------------------------------------
function parseIPv6(input) {
  const addr = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0;
  let compress = null;
  let p = 0;
  const c = (i = p) => input.charCodeAt(i);
  const isHexC = (x) => (x >= 0x30 && x <= 0x39) || (x >= 0x41 && x <= 0x46) || (x >= 0x61 && x <= 0x66);
  if (c() === 0x3a) {
    if (c(p + 1) !== 0x3a) return null;
    p += 2;
    compress = ++piece;
  }
  while (p < input.length) {
    if (piece === 8) return null;
    if (c() === 0x3a) {
      if (compress !== null) return null;
      p++;
      compress = ++piece;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && p < input.length && isHexC(c())) {
      value = value * 16 + parseInt(input[p], 16);
      p++;
      length++;
    }
    if (c() === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (piece > 6) return null;
      let numbersSeen = 0;
      while (p < input.length) {
        let v4 = null;
        if (numbersSeen > 0) {
          if (c() === 0x2e && numbersSeen < 4) p++;
          else return null;
        }
        if (!(c() >= 0x30 && c() <= 0x39)) return null;
        while (c() >= 0x30 && c() <= 0x39) {
          const n = c() - 0x30;
          if (v4 === null) v4 = n;
          else if (v4 === 0) return null;
          else v4 = v4 * 10 + n;
          if (v4 > 255) return null;
          p++;
        }
        addr[piece] = addr[piece] * 256 + v4;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) piece++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (c() === 0x3a) {
      p++;
      if (p >= input.length) return null;
    } else if (p < input.length) return null;
    addr[piece++] = value;
  }
  if (compress !== null) {
    let swaps = piece - compress;
    piece = 7;
    while (piece !== 0 && swaps > 0) {
      const t = addr[compress + swaps - 1];
      addr[compress + swaps - 1] = addr[piece];
      addr[piece] = t;
      piece--;
      swaps--;
    }
  } else if (piece !== 8) return null;
  return addr;
}

function serializeIPv6(addr) {
  // The first longest run of two or more zero pieces is compressed.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (addr[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && addr[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && addr[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += addr[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// The serialized host, or null on failure.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const a = parseIPv6(input.slice(1, -1));
    return a === null ? null : `[${serializeIPv6(a)}]`;
  }
  if (isOpaque) {
    for (let i = 0; i < input.length; i++) if (isForbiddenHost(input.charCodeAt(i))) return null;
    return encode(input, kSets.c0);
  }
  const domain = percentDecode(input);
  const ascii = domainToASCII(domain);
  if (ascii === '') return null;
  for (let i = 0; i < ascii.length; i++) if (isForbiddenDomain(ascii.charCodeAt(i))) return null;
  if (endsInANumber(ascii)) {
    const v4 = parseIPv4(ascii);
    return v4 === null ? null : serializeIPv4(v4);
  }
  return ascii;
}

module.exports = { parseHost, domainToASCII, domainToUnicode, parseIPv6, serializeIPv6, parseIPv4, serializeIPv4 };
