'use strict';
// buf.fill with values, offsets, encodings and bad ranges.
const run = (...args) => {
  const b = Buffer.alloc(10, 0x2e);
  try {
    const r = b.fill(...args);
    console.log(JSON.stringify(args), r === b, b.toString('hex'));
  } catch (e) {
    console.log(JSON.stringify(args), e.code, e.name, e.message);
  }
};
run(0); run(65, 2); run(65, 2, 5); run('ab'); run('ab', 3); run('ab', 3, 7); run('ab', 'ucs2'); run('ab', 1, 'ucs2');
run('\u20ac'); run('\u20ac', 0, 4); run('abc', 1, 9, 'hex'); run('a1b2', 'hex'); run('zz', 'hex'); run('', 2);
run('YWI=', 'base64'); run('\u00e9', 'latin1'); run('\u00e9'); run('a', 'bogus'); run('a', 0, 10, 5);
run(1, -1); run(1, 0, 11); run(1, 11); run(1, 5, 2); run(1, 1.5); run(1, '1'); run(Buffer.from('xy'), 3);
run(new Uint8Array(0)); run(true); run(300); run(-2); run(1.7); run({}); run(null); run(undefined);
run('x', undefined, 4); run('abc', 0, 10, null);
