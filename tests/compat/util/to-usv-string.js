'use strict';
const util = require('util');
console.log(JSON.stringify(util.toUSVString('a\ud800b')));
console.log(JSON.stringify(util.toUSVString('\udc00\ud83d\ude00\ud83d')));
console.log(util.toUSVString('plain'));
