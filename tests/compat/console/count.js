'use strict';
console.count();
console.count();
console.count('label');
console.count('label');
console.countReset();
console.count();
console.count(null);
console.count({ toString() { return 'obj'; } });
