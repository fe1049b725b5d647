'use strict';
// buf.write() never writes part of a character: for every encoding and every length
// limit 0..5, a string mixing 1-, 3- and 4-byte UTF-8 characters; hex/base64 into
// short targets; offset/length/encoding argument forms, including Infinity, 2**32,
// objects and a numeric encoding; and the utf8Write/latin1Write/hexWrite/ucs2Write
// prototype methods with in-range arguments.
const run = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.name, e.message); }
};
for (const enc of ['utf8', 'ucs2', 'latin1', 'hex', 'base64', 'ascii']) {
  for (const len of [0, 1, 2, 3, 4, 5]) {
    const b = Buffer.alloc(5, 0x2e);
    run(enc + len, () => [b.write('a\u20ac\ud83d\ude00\u00e9', 0, len, enc), b.toString('hex')]);
  }
}
for (const [s, enc] of [['abcd', 'hex'], ['abc', 'hex'], ['ab zz', 'hex'], ['YWJjZA==', 'base64'], ['YW Jj', 'base64']]) {
  const b = Buffer.alloc(3, 0x2e);
  run(s, () => [b.write(s, enc), b.toString('hex')]);
  const c = Buffer.alloc(3, 0x2e);
  run(s + '@1', () => [c.write(s, 1, enc), c.toString('hex')]);
}
const b = Buffer.alloc(4);
run('w1', () => b.write('ab', 4));
run('w2', () => b.write('ab', 0, 10));
run('w3', () => b.write('ab', 5));
run('w4', () => b.write('ab', 1, 0));
run('w5', () => b.write('\ud83d\ude00', 1));
run('w6', () => b.write('ab', -0));
run('w7', () => b.write('ab', 0, 'hex'));
run('w8', () => b.write('ab', {}));
run('w9', () => b.write('ab', 0, {}));
run('w10', () => b.write('ab', 0, 2, 1));
run('w11', () => b.write('ab', 0, 2, 'UTF-8'));
run('w12', () => b.write('ab', 0, 2, 'Ucs2'));
run('w13', () => b.write('ab', Infinity));
run('w14', () => b.write('ab', 0, Infinity));
run('w15', () => b.write('ab', 2 ** 32));
run('w16', () => b.utf8Write('xy', 1));
run('w17', () => b.latin1Write('\u0100', 0));
run('w18', () => b.hexWrite('zz', 0));
run('w19', () => b.ucs2Write('a', 3));
console.log(b.toString('hex'));
