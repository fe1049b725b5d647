'use strict';
console.table({ row1: { col: 1 }, row2: { col: 2, other: [1, 2, 3, 4] } });
console.table({ x: 1, y: 'str' });
console.table({ nested: { deep: { deeper: { a: 1, b: 2, c: 3 } } } });
