'use strict';
console.table(new Map([['k1', { v: 1 }], ['k2', 'plain']]));
console.table(new Set(['a', { b: 1 }]));
console.table(new Map([[1, 2]]).entries());
console.table(new Set([7, 8]).values());
console.table(new Map([[1, 2]]).keys());
