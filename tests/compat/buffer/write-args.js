'use strict';
// buf.write argument forms: (string), (string, enc), (string, offset[, length][, enc]).
const run = (...args) => {
  const b = Buffer.alloc(8, 0x2e);
  try {
    const n = b.write(...args);
    console.log(JSON.stringify(args), n, b.toString('latin1'));
  } catch (e) {
    console.log(JSON.stringify(args), e.code, e.name, e.message);
  }
};
run('abc'); run('abc', 'hex'); run('abc', 2); run('abc', 2, 1); run('abc', 2, 'latin1'); run('abc', 2, 1, 'ucs2');
run('6162', 'hex'); run('abcdefghijk'); run('abc', 8); run('abc', 9); run('abc', -1); run('abc', 1.5);
run('abc', 0, 9); run('abc', 0, -1); run('abc', 0, 2.5); run('abc', '1'); run('abc', 0, 3, 'bogus'); run('abc', 'bogus');
run(1); run(null); run({}); run('abc', 0, undefined, 'utf8'); run('abc', undefined, 2); run('\u00e9', 'ascii');
run('abc', 7, 'utf8'); run('YWJj', 1, 'base64'); run('abc', 0, 3, ''); run('x', NaN);
