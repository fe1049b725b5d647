'use strict';
// Buffer.from on objects with Symbol.toPrimitive/valueOf, boxed strings, array-likes
// with odd lengths, {type:'Buffer'} shapes, Sets and numbers (errors); Buffer.from of
// arrays with out-of-range/odd elements and of typed arrays (element-wise) vs their
// ArrayBuffer; toString/toLocaleString ranges and encodings (NaN, Infinity, objects,
// null/0/'' encodings), slice/subarray coercion; Buffer.alloc fills with encodings;
// the legacy asciiSlice/latin1Slice/utf8Slice/hexSlice/ucs2Slice/base64Slice methods.
const run = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.name, e.message); }
};
run('prim1', () => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }).toString());
run('prim2', () => Buffer.from({ valueOf() { return 'vo'; } }).toString());
run('prim3', () => Buffer.from(new String('boxed'), 'utf8').toString());
run('prim4', () => Buffer.from({ valueOf() { return [1, 2]; } }).toString('hex'));
run('prim5', () => Buffer.from({ length: 2, 0: 1, 1: 2 }).toString('hex'));
run('prim6', () => Buffer.from({ type: 'Buffer', data: [1, 2] }).toString('hex'));
run('prim7', () => Buffer.from({ type: 'Buffer', data: 'x' }).toString('hex'));
run('prim8', () => Buffer.from({ [Symbol.toPrimitive]() { return 5; } }));
run('prim9', () => Buffer.from({ valueOf() { return 5; } }));
run('prim10', () => Buffer.from({ length: -1 }).length);
run('prim11', () => Buffer.from({ length: 'x' }).length);
run('prim12', () => Buffer.from({ length: 1.5, 0: 300 }).toString('hex'));
run('prim13', () => Buffer.from(new Set([1])));
run('prim14', () => Buffer.from([257, -1, 1.9, '3', 'x', null, true]).toString('hex'));
run('prim15', () => Buffer.from(new Float64Array([1.5, 256])).toString('hex'));
run('prim16', () => Buffer.from(new Uint16Array([0x1234]).buffer).toString('hex'));
run('tls', () => [Buffer.from('ab').toLocaleString(), Buffer.prototype.toLocaleString === Buffer.prototype.toString]);
run('ts1', () => Buffer.from('abcdef').toString('utf8', -5, 100));
run('ts2', () => Buffer.from('abcdef').toString('utf8', 4, 2));
run('ts3', () => Buffer.from('abcdef').toString(undefined, '2', '4'));
run('ts4', () => Buffer.from('abcdef').toString('utf8', NaN, NaN));
run('ts5', () => Buffer.from('abcdef').toString('utf8', 1.9, 3.9));
run('ts6', () => Buffer.from('abcdef').toString('bogus'));
run('ts7', () => Buffer.from('abcdef').toString(null));
run('ts8', () => Buffer.from('abcdef').toString(0));
run('ts9', () => Buffer.from('abcdef').toString('utf8', Infinity));
run('ts10', () => Buffer.from('abcdef').toString('utf8', 0, Infinity));
run('ts11', () => Buffer.from('abcdef').toString('utf8', {}, []));
run('ts12', () => Buffer.from('abcdef').toString('', 1));
run('sl1', () => [Buffer.from('abcdef').slice(-2).toString(), Buffer.from('abcdef').subarray('1', '3').toString(),
  Buffer.from('abcdef').slice(NaN, 2).toString(), Buffer.from('abcdef').slice(2, -10).toString(), Buffer.from('abcdef').slice(1.5, 3.5).toString()]);
run('alloc1', () => Buffer.alloc(5, 'ab', 'ucs2').toString('hex'));
run('alloc2', () => Buffer.alloc(5, '', 'utf8').toString('hex'));
run('alloc3', () => Buffer.alloc(3, 'zz', 'hex'));
run('alloc4', () => Buffer.alloc(3, 'a', 'bogus'));
run('alloc5', () => Buffer.alloc(3, 5, 'hex').toString('hex'));
run('alloc6', () => Buffer.alloc(3, Buffer.alloc(0)).toString('hex'));
run('alloc7', () => Buffer.allocUnsafe(3).fill('\u0222').toString('hex'));
run('alloc8', () => Buffer.alloc(0, 'zz', 'hex').length);
run('alloc9', () => Buffer.alloc(2.5).length);
run('alloc10', () => Buffer.alloc('5'));
run('alloc11', () => Buffer.allocUnsafeSlow(NaN));
for (const m of ['asciiSlice', 'latin1Slice', 'utf8Slice', 'hexSlice', 'ucs2Slice', 'base64Slice', 'base64urlSlice']) {
  const b = Buffer.from('abc\u00e9f');
  for (const args of [[], [1], [1, 3], [3, 1], [-1, 2], [0, 10], [10], ['1', '3'], [1.5, 3.5]]) run(m + JSON.stringify(args), () => b[m](...args));
}
