const first = (function () { Error.prepareStackTrace = (e, s) => s; const s = new Error().stack; Error.prepareStackTrace = undefined; return s; })();
// CommonJS code is wrapped on its first line: columns there are still the file's.
console.log('line 1', first[0].getLineNumber(), first[0].getColumnNumber(), first[1].getLineNumber(), first[1].getColumnNumber());
function later() { Error.prepareStackTrace = (e, s) => s; const s = new Error().stack; Error.prepareStackTrace = undefined; return s; }
const s = later(); console.log('line 4', s[0].getColumnNumber(), 'line 5', s[1].getLineNumber(), s[1].getColumnNumber());
