// process.nextTick passes extra arguments; a non-function throws.
process.nextTick((a, b, c, d) => console.log(a, b, c, d), 1, 'two', null, undefined);
process.nextTick((...args) => console.log(args.length), 1, 2, 3, 4, 5, 6);
try { process.nextTick('x'); } catch (e) { console.log(e.code, e.message); }
