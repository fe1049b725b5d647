'use strict';
const orig = process.stderr.write;
process.stderr.write = function (chunk) { process.stdout.write(`stderr> ${chunk}`); return true; };
console.warn('warning', { x: 1 });
console.error('%s error', 'formatted');
console.group('g');
console.error('indented error');
console.groupEnd();
process.stderr.write = orig;
