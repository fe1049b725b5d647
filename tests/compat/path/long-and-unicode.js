// Unicode and long paths survive normalization unchanged.
const path = require('path');
const long = Array.from({ length: 50 }, (_, i) => `seg${i}`).join('/');
console.log(path.normalize(`/${long}/../x`).split('/').length, path.basename(`/${long}`));
console.log(path.join('/ü', 'ñ', '..', '日本.txt'), path.extname('日本.テキスト'), path.parse('/é/ê.ë').name);
