'use strict';
// TextDecoder options checks as in Node 20: the constructor accepts objects, arrays,
// functions and null; decode() skips the check of its options on the utf-8 and latin1
// fast paths (until the decoder has streamed once) but checks them for utf-16, before
// the input; the TextEncoder brand check and encodeInto's argument order.
const run = (label, f) => { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.name, e.message); } };
const u8 = new Uint8Array([0x41, 0]);
run('u16-num', () => new TextDecoder('utf-16le').decode(u8, 5));
run('u16-null', () => new TextDecoder('utf-16le').decode(u8, null));
run('u16-fn', () => new TextDecoder('utf-16le').decode(u8, () => {}));
run('u16-arr', () => new TextDecoder('utf-16le').decode(u8, []));
run('l1-num', () => new TextDecoder('latin1').decode(u8, 5));
run('u8-after-stream', () => { const d = new TextDecoder(); d.decode(u8, { stream: true }); return d.decode(u8, 5); });
run('l1-after-stream', () => { const d = new TextDecoder('latin1'); d.decode(u8, { stream: true }); return d.decode(u8, 5); });
run('u8-stream-false', () => { const d = new TextDecoder(); d.decode(u8, { stream: false }); return d.decode(u8, 5); });
run('u8-str', () => new TextDecoder().decode(u8, 'x'));
run('u8-fatal', () => new TextDecoder('utf8', { fatal: true }).decode(u8, 5));
run('u8-bad-input', () => new TextDecoder('utf8').decode(5, 5));
run('u16-bad-input', () => new TextDecoder('utf-16le').decode(5, 5));
run('u16-bad-input2', () => new TextDecoder('utf-16le').decode(5));
run('ctor-null', () => new TextDecoder('utf8', null).fatal);
run('ctor-num', () => new TextDecoder('utf8', 5).fatal);
run('ctor-arr', () => new TextDecoder('utf8', []).fatal);
run('ctor-str', () => new TextDecoder('utf8', 'x').fatal);
run('ctor-fn-fatal', () => { const f = () => {}; f.fatal = true; return new TextDecoder('utf8', f).fatal; });
run('ei-dest', () => new TextEncoder().encodeInto('a', 5));
run('ei-src-first', () => new TextEncoder().encodeInto(5, null));
run('enc-undef-this', () => TextEncoder.prototype.encode.call(undefined));
run('enc-proto', () => TextEncoder.prototype.encode.call(Object.create(TextEncoder.prototype)));
run('enc-sub', () => { class X extends TextEncoder {} return new X().encode('a'); });
run('dec-this', () => TextDecoder.prototype.decode.call({}, u8));
console.log(Object.getOwnPropertyNames(new TextEncoder()), Object.getOwnPropertySymbols(new TextEncoder()).length, require('util').inspect(new TextEncoder()));
