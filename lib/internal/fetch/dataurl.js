'use strict';
// data: URLs (Fetch Standard "data: URL processor"): the MIME type and the bytes.

function percentDecode(str) {
  const bytes = Buffer.from(str, 'utf8');
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  const hex = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x25 && i + 2 < bytes.length + 0 && hex(bytes[i + 1]) && hex(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = c;
    }
  }
  return out.subarray(0, n);
}

// Returns { status, statusText, headers, body } or null when the URL is not valid.
function dataURLResponse(href) {
  const { HeadersList } = require('internal/fetch/headers');
  let input = href.slice(5);
  const hash = input.indexOf('#');
  if (hash !== -1) input = input.slice(0, hash);
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let mime = input.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let bytes = percentDecode(input.slice(comma + 1));
  const b64 = /;[\u0020]*base64$/i.exec(mime);
  if (b64) {
    const text = bytes.toString('latin1').replace(/[\t\n\f\r ]/g, '');
    if (/[^A-Za-z0-9+/=]/.test(text) || (text.replace(/=+$/, '').length % 4) === 1) return null;
    bytes = Buffer.from(text, 'base64');
    mime = mime.slice(0, b64.index);
  }
  if (mime.startsWith(';')) mime = `text/plain${mime}`;
  mime = serializeMime(mime) ?? 'text/plain;charset=US-ASCII';
  const headers = new HeadersList();
  headers.append('content-type', mime);
  const { extractBody } = require('internal/fetch/body');
  return { status: 200, statusText: 'OK', headers, body: extractBody(new Uint8Array(bytes)).body };
}

// Lower-cases the type and subtype and parameter names; null when it is not a MIME type.
function serializeMime(str) {
  const parts = str.split(';');
  const m = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+)\/([!#$%&'*+\-.^_`|~0-9A-Za-z]+)$/.exec(parts[0].trim());
  if (m === null) return null;
  let out = `${m[1]}/${m[2]}`.toLowerCase();
  for (const p of parts.slice(1)) {
    const eq = p.indexOf('=');
    if (eq === -1) continue;
    const name = p.slice(0, eq).trim().toLowerCase();
    const value = p.slice(eq + 1);
    if (name === '' || value === '') continue;
    out += `;${name}=${value}`;
  }
  return out;
}

module.exports = { dataURLResponse };
