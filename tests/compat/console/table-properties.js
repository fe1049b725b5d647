'use strict';
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, c: 6 }], ['a', 'c']);
console.table([{ a: 1 }, 5], ['a']);
console.table({ r: { x: 1, y: 2 } }, []);
try { console.table([], 'a'); } catch (e) { console.log(e.code); }
