// CallSites of an ES module's frames: file: URLs, columns of line 1 as written.
function get() { const p = Error.prepareStackTrace; Error.prepareStackTrace = (e, s) => s; const s = new Error().stack; Error.prepareStackTrace = p; return s; }
function caller() { return get(); }
const s = caller();
for (const c of s.slice(0, 3)) {
  const file = c.getFileName();
  console.log(c.getFunctionName(), file.startsWith('file:///'), file.split('/').pop(), c.getLineNumber(), c.getColumnNumber());
}
