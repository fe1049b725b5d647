'use strict';
// isIP / isIPv4 / isIPv6 with Node's exact grammar: dotted-quad IPv4 without leading
// zeros, RFC 4291 IPv6 text forms (with an embedded IPv4 tail) and an optional zone
// id made of [0-9a-zA-Z-.:] after '%'.

const dec = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4 = `(?:${dec}\\.){3}${dec}`;
const seg = '(?:[0-9a-fA-F]{1,4})';

// Alternatives by the number (k) of groups written before the '::' or the end.
function v6Alternatives() {
  const alts = [`(?:${seg}:){7}(?:${seg}|:)`, `(?:${seg}:){6}(?:${v4}|:${seg}|:)`];
  for (let k = 5; k >= 1; k--) {
    const tailGroups = 6 - k;  // groups that may follow '::' besides an IPv4 tail
    const withV4 = k === 5 ? `:${v4}` : `(?::${seg}){0,${tailGroups - 1}}:${v4}`;
    alts.push(`(?:${seg}:){${k}}(?:${withV4}|(?::${seg}){1,${7 - k}}|:)`);
  }
  alts.push(`(?::(?:(?::${seg}){0,5}:${v4}|(?::${seg}){1,7}|:))`);
  return alts.join('|');
}

const IPv6Reg = new RegExp(`^(?:${v6Alternatives()})(?:%[0-9a-zA-Z-.:]{1,})?$`);

// Natively: the regular expression cost about 4k instructions a call.
const { isIPv4: isIPv4Text } = internalBinding('cares_wrap');
function isIPv4(s) {
  return isIPv4Text(`${s}`);
}

function isIPv6(s) {
  return IPv6Reg.test(`${s}`);
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// Parses an address (no zone) into a BigInt; null when not an address of `family`.
function ipv4ToBigInt(s) {
  if (!isIPv4(s)) return null;
  let n = 0n;
  for (const part of s.split('.')) n = (n << 8n) | BigInt(+part);
  return n;
}

function ipv6ToBigInt(s) {
  if (!isIPv6(s)) return null;
  s = s.replace(/%.*$/, '');
  // An IPv4 tail becomes the last two groups.
  const m = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (m) {
    const n4 = ipv4ToBigInt(m[1]);
    s = s.slice(0, -m[1].length) + (n4 >> 16n).toString(16) + ':' + (n4 & 0xffffn).toString(16);
  }
  const [head, rest] = s.split('::');  // the grammar allows one '::' at most
  let groups = head ? head.split(':') : [];
  if (rest !== undefined) {
    const r = rest ? rest.split(':') : [];
    groups = groups.concat(new Array(8 - groups.length - r.length).fill('0'), r);
  }
  let n = 0n;
  for (const g of groups) n = (n << 16n) | BigInt(parseInt(g, 16));
  return n;
}

// The text form of an IPv6 address as inet_ntop (libuv's, which Node uses) writes it:
// lowercase groups without leading zeros, the longest run of two or more zero groups
// (the first of equals) as '::', and the last 32 bits as a dotted quad when the
// address is IPv4-compatible (::a.b.c.d) or IPv4-mapped (::ffff:a.b.c.d).
function ipv6FromBigInt(n) {
  const words = [];
  for (let i = 7; i >= 0; i--) words.push(Number((n >> BigInt(16 * i)) & 0xffffn));
  let best = { base: -1, len: 0 };
  let cur = { base: -1, len: 0 };
  for (let i = 0; i < 8; i++) {
    if (words[i] === 0) {
      if (cur.base === -1) cur = { base: i, len: 1 };
      else cur.len++;
    } else if (cur.base !== -1) {
      if (cur.len > best.len) best = cur;
      cur = { base: -1, len: 0 };
    }
  }
  if (cur.base !== -1 && cur.len > best.len) best = cur;
  if (best.len < 2) best = { base: -1, len: 0 };
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (best.base !== -1 && i >= best.base && i < best.base + best.len) {
      if (i === best.base) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && best.base === 0 && (best.len === 6 || (best.len === 5 && words[5] === 0xffff))) {
      out += `${words[6] >> 8}.${words[6] & 0xff}.${words[7] >> 8}.${words[7] & 0xff}`;
      break;
    }
    out += words[i].toString(16);
  }
  if (best.base !== -1 && best.base + best.len === 8) out += ':';
  return out;
}

module.exports = { isIP, isIPv4, isIPv6, ipv4ToBigInt, ipv6ToBigInt, ipv6FromBigInt };
