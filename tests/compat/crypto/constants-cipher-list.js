// Before any read, defaultCipherList is an accessor; reading or assigning makes it data.
const crypto = require('crypto');
const d0 = Object.getOwnPropertyDescriptor(crypto.constants, 'defaultCipherList');
console.log(typeof d0.get, d0.get.name, d0.set.name, d0.enumerable, d0.configurable);
console.log(crypto.constants.defaultCipherList.length);
const d1 = Object.getOwnPropertyDescriptor(crypto.constants, 'defaultCipherList');
console.log(typeof d1.get, typeof d1.value, d1.writable);
crypto.constants.defaultCipherList = 'X';
console.log(crypto.constants.defaultCipherList, Object.keys(crypto.constants).indexOf('defaultCipherList'));
