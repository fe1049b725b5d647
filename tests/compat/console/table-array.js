'use strict';
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table([1, 'two', { three: 3 }]);
console.table([]);
