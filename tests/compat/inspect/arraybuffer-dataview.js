'use strict';
const { inspect } = require('util');
console.log(inspect(new ArrayBuffer(0)));
console.log(inspect(new Uint8Array([1, 2, 255]).buffer));
console.log(inspect(new ArrayBuffer(120)));
console.log(inspect(new DataView(new ArrayBuffer(4), 1, 2)));
console.log(inspect(new SharedArrayBuffer(2)));
console.log(inspect({ buf: new ArrayBuffer(3) }));
