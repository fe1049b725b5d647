'use strict';
// Buffer.from with values it cannot convert.
for (const v of [5, null, undefined, true, Symbol('s'), () => {}, { a: 1 }, 1n]) {
  try {
    Buffer.from(v);
    console.log('no throw');
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
try { Buffer.from('abc', 'bogus'); } catch (e) { console.log(e.code, e.name, e.message); }
console.log(Buffer.from('abc', '').toString(), Buffer.from('abc', null).toString(), Buffer.from('', 'hex').length);
try { Buffer.from('', 'nope'); } catch (e) { console.log(e.code, e.message); }
