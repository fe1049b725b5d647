'use strict';
console.table(5);
console.table('text');
console.table(null);
console.table([{ 'wide 文字': '日本語' }]);
