'use strict';
// Buffer.isEncoding for Node's names in any case, and for non-names.
const names = ['utf8', 'UTF8', 'utf-8', 'Utf-8', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'latin1', 'binary', 'BINARY',
  'ascii', 'base64', 'BASE64', 'base64url', 'hex', 'HEX', '', 'utf16', 'utf-16', 'latin', 'raw', 'raws', 'buffer',
  null, undefined, 1, {}, 'utf8 '];
console.log(names.map((n) => `${String(n)}=${Buffer.isEncoding(n)}`).join(' '));
