// process.emitWarning: the 'warning' event shape for strings, options, codes and Errors.
process.on('warning', (w) => console.log(w.name, w.message, w.code, w.detail, w instanceof Error));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE1');
process.emitWarning('opts', { type: 'OptWarning', code: 'C2', detail: 'more info' });
const e = new Error('an error object');
e.name = 'MyWarning';
process.emitWarning(e);
process.emitWarning('deprecated', 'DeprecationWarning', 'DEP0999');
console.log('sync first');
try { process.emitWarning(5); } catch (err) { console.log(err.code); }
