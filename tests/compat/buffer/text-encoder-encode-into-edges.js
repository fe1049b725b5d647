'use strict';
// TextEncoder.encodeInto with destinations too small for the next character (4-byte
// emoji, lone surrogate -> 3-byte U+FFFD), zero-length, offset views, Buffers, and
// non-Uint8Array destinations (ERR_INVALID_ARG_TYPE); encode() of odd inputs;
// TextDecoder constructor label/option coercion and non-view inputs.
const run = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.name, e.code ? e.message : ''); }
};
const te = new TextEncoder();
run('ei1', () => te.encodeInto('abc', new Uint8Array(0)));
run('ei2', () => te.encodeInto('\ud83d\ude00', new Uint8Array(3)));
run('ei3', () => te.encodeInto('\ud83d', new Uint8Array(2)));
run('ei4', () => te.encodeInto('\ud83d', new Uint8Array(3)));
run('ei5', () => te.encodeInto('a\ud83d\ude00', new Uint8Array(4)));
run('ei8', () => te.encodeInto('abc', new Uint16Array(4)));
run('ei9', () => { const d = Buffer.alloc(2); return [te.encodeInto('abc', d), d.toString()]; });
run('ei10', () => te.encodeInto('abc'));
run('ei11', () => te.encodeInto('abc', new ArrayBuffer(4)));
run('ei12', () => te.encodeInto('abc', new DataView(new ArrayBuffer(4))));
run('ei13', () => te.encodeInto('abc', new Int8Array(4)));
run('ei14', () => te.encodeInto('abc', new Uint8ClampedArray(4)));
run('ei18', () => { const d = new Uint8Array(new ArrayBuffer(6), 2, 3); return [te.encodeInto('\u00e9\u00e9', d), Array.from(new Uint8Array(d.buffer))]; });
run('e2', () => Array.from(te.encode()));
run('e3', () => Array.from(te.encode(1n)));
run('e4', () => te.encode('abc').buffer.byteLength);
run('td1', () => new TextDecoder().decode(new Uint8Array([0x41]), { stream: true }));
run('td3', () => new TextDecoder().decode(new Uint8Array([0x41]), []));
run('td5', () => new TextDecoder(undefined).encoding);
run('td6', () => new TextDecoder(null).encoding);
run('td7', () => new TextDecoder({ toString() { return 'utf-16le'; } }).encoding);
run('td8', () => new TextDecoder(1).encoding);
run('td9', () => new TextDecoder('utf8', 'x'));
run('td10', () => new TextDecoder('utf8', null).fatal);
run('td11', () => new TextDecoder('utf8', []).fatal);
run('td13', () => new TextDecoder('utf8').decode(new Float32Array([1])).length);
run('td14', () => new TextDecoder('utf8').decode([0x41]));
run('td15', () => new TextDecoder('utf8').decode(null));
