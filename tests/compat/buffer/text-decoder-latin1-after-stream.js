'use strict';
// Node 20's TextDecoder has a Latin-1 fast path for the windows-1252 labels (latin1,
// ascii, ...) until the decoder is first used with { stream: true }; from then on it
// decodes through ICU's windows-1252 (0x80-0x9F become €, ‚, ƒ ... Ÿ) and reports bad
// input with the "input" argument message.
const run = (label, f) => { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.name, e.message); } };
const bytes = new Uint8Array(64);
for (let i = 0; i < 64; i++) bytes[i] = 0x70 + i;
for (const label of ['latin1', 'ascii', 'windows-1252']) {
  const d = new TextDecoder(label);
  const a = d.decode(bytes);
  const b = d.decode(bytes, { stream: true }) + d.decode(bytes.subarray(0, 3));
  console.log(label, JSON.stringify(a), Array.from(b, (c) => c.charCodeAt(0).toString(16)).join(' '));
}
run('after-stream-bad', () => { const d = new TextDecoder(); d.decode(new Uint8Array([0x41]), { stream: true }); return d.decode(5); });
run('stream-bad', () => new TextDecoder().decode(5, { stream: true }));
run('l1-after-stream-bad', () => { const d = new TextDecoder('latin1'); d.decode(new Uint8Array([0x41]), { stream: true }); return d.decode(5); });
run('l1-bad', () => new TextDecoder('latin1').decode(5));
run('l1-stream-bad', () => new TextDecoder('latin1').decode(5, { stream: true }));
run('l1-bom', () => { const d = new TextDecoder('latin1'); return [d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), { stream: true }), d.decode(new Uint8Array([0x80]))]; });
