'use strict';
console.log('single string');
console.log('two', 'strings');
console.log(1, true, null, undefined, 5n);
console.log({ a: 1 }, [1, 2], new Map([[1, 2]]));
console.log();
console.log('');
console.info('info'); console.debug('debug'); console.dirxml('dirxml', { x: 1 });
