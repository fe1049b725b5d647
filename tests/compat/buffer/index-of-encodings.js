'use strict';
// Searching for strings given in ucs2, latin1, hex, base64 and ascii.
const u = Buffer.from('abc\u20acxyzabc', 'ucs2');
console.log(u.indexOf('abc', 'ucs2'), u.lastIndexOf('abc', 'ucs2'), u.indexOf('\u20ac', 0, 'utf16le'), u.indexOf('c', 5, 'ucs2'));
console.log(u.indexOf('b', 'ucs2'), u.indexOf(Buffer.from('b', 'ucs2'), 0, 'ucs2'), u.lastIndexOf('abc', -3, 'ucs2'));
const odd = Buffer.concat([Buffer.from([0]), Buffer.from('ab', 'ucs2')]);
console.log(odd.indexOf('b', 'ucs2'), odd.indexOf('a', 'ucs2'), odd.indexOf('\u6100', 'ucs2'));
const l = Buffer.from('caf\u00e9 \u00e9t\u00e9', 'latin1');
console.log(l.indexOf('\u00e9', 'latin1'), l.lastIndexOf('\u00e9', 'binary'), l.indexOf('\u00e9'), l.indexOf('\u0100e9', 'latin1'));
const h = Buffer.from('00ff10ff20', 'hex');
console.log(h.indexOf('ff', 'hex'), h.lastIndexOf('ff', 'hex'), h.indexOf('ff20', 'hex'), h.indexOf('zz', 'hex'), h.indexOf('f', 'hex'));
const b64 = Buffer.from('hello world');
console.log(b64.indexOf('d29y', 'base64'), b64.indexOf('world', 'ascii'), b64.indexOf('b3Js', 0, 'base64url'));
