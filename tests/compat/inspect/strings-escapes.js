'use strict';
const { inspect } = require('util');
const samples = ['a\nb', 'tab\there', '\0\x01\x1f', '\x7f\x80\x9f', 'back\\slash', '\b\f\r\v', '\ud800', 'ok\udc00x', '😀', 'é', '\u00a0'];
for (const s of samples) console.log(inspect(s));
console.log(inspect({ 'a\nb': 1 }));
