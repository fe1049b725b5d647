'use strict';
// Buffers print through their own inspect hook, also nested and through format.
const util = require('util');
console.log({ b: Buffer.from('hi') }, [Buffer.alloc(60)]);
const b = Buffer.from('xyz'); b.extra = 1;
console.log(b);
console.log(util.inspect(Buffer.from('abc'), { showHidden: true }));
console.log(util.format('%s', Buffer.from('a')), util.format('%o', Buffer.from('a')).length > 0);
