'use strict';
// TextDecoder/TextEncoder: inspect output, prototype members and lengths, brand checks
// on TextDecoder (ERR_INVALID_THIS), more WHATWG labels (utf-16 aliases, latin1 aliases
// that map to windows-1252, padded labels, replacement/utf-32 unsupported), options
// coercion, fatal errors after streaming, BOM split over stream chunks for utf-8 and
// utf-16le, fatal utf-16le odd bytes and unpaired surrogates, windows-1252 range 0x80-0x9f.
const util = require('util');
const run = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.code, e.name, e.code ? e.message : ''); }
};
console.log(util.inspect(new TextDecoder()), util.inspect(new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })));
console.log(util.inspect(new TextEncoder()));
console.log(Object.getOwnPropertyNames(TextDecoder.prototype).sort().join(), Object.getOwnPropertyNames(TextEncoder.prototype).sort().join());
console.log(TextDecoder.prototype.decode.length, TextEncoder.prototype.encode.length, TextEncoder.prototype.encodeInto.length,
  TextDecoder.length, TextEncoder.length);
console.log(Object.prototype.toString.call(new TextEncoder()), String(Object.getOwnPropertyDescriptor(TextDecoder.prototype, Symbol.toStringTag).value));
run('dec-this', () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
run('enc-get', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}));
run('call', () => TextDecoder());
for (const label of ['unicode-1-1-utf-8', 'utf-16', 'UTF-16LE', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff', 'l1', 'iso-8859-1',
  'us-ascii', 'windows-1252', 'cp1252', 'x-cp1252', 'iso_8859-1:1987', 'utf-32', 'replacement', 'x-user-defined', '\tutf8\n', 'utf\u00018']) {
  run(JSON.stringify(label), () => new TextDecoder(label).encoding);
}
for (const opts of [null, undefined, 'x', [], { fatal: 1, ignoreBOM: 'yes' }, { get fatal() { return true; } }]) {
  run('opts' + JSON.stringify(opts), () => { const t = new TextDecoder('utf8', opts); return [t.fatal, t.ignoreBOM]; });
}
const f = new TextDecoder('utf-8', { fatal: true });
run('f1', () => f.decode(new Uint8Array([0x41, 0xff])));
run('f2', () => JSON.stringify(f.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
run('f3', () => f.decode(new Uint8Array([0x41]), { stream: 'yes' }));
run('f4', () => f.decode(new Uint8Array([0xe2]), { stream: true }) + '|' + f.decode(new Uint8Array([0x41])));
run('f5', () => f.decode(new Uint8Array([0x41])));
run('opts-null', () => f.decode(new Uint8Array([0x41]), null));
run('opts-fn', () => f.decode(new Uint8Array([0x41]), () => {}));
const b = new TextDecoder('utf-8');
run('bomstream', () => JSON.stringify([b.decode(new Uint8Array([0xef]), { stream: true }), b.decode(new Uint8Array([0xbb]), { stream: true }),
  b.decode(new Uint8Array([0xbf]), { stream: true }), b.decode(new Uint8Array([0xef, 0xbb, 0xbf]))]));
run('bomstream2', () => JSON.stringify([b.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), b.decode(new Uint8Array([0x41]))]));
const l = new TextDecoder('utf-16le');
run('u16bom', () => JSON.stringify([l.decode(new Uint8Array([0xff, 0xfe, 0x41, 0])), l.decode(new Uint8Array([0xff]), { stream: true }),
  l.decode(new Uint8Array([0xfe]), { stream: true }), l.decode(new Uint8Array([0x41, 0]))]));
const lf = new TextDecoder('utf-16le', { fatal: true });
run('u16f', () => lf.decode(new Uint8Array([0x41, 0, 0x42])));
run('u16f2', () => lf.decode(new Uint8Array([0x00, 0xdc, 0x41, 0x00])));
run('u16f3', () => JSON.stringify(lf.decode(new Uint8Array([0x3d, 0xd8]), { stream: true })) + lf.decode(new Uint8Array([0x00, 0xde])));
run('w1252', () => JSON.stringify(new TextDecoder('ascii').decode(new Uint8Array([0x80, 0x81, 0x8d, 0x9f, 0xa0]))));
run('latin1f', () => new TextDecoder('latin1', { fatal: true }).fatal);
run('latin1bom', () => JSON.stringify(new TextDecoder('latin1').decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
run('sab', () => new TextDecoder().decode(new Uint8Array(new SharedArrayBuffer(2))).length);
