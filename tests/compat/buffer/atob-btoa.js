'use strict';
// atob/btoa follow the forgiving-base64 rules and throw InvalidCharacterError.
const { atob: a2, btoa: b2 } = require('buffer');
console.log(a2 === atob, b2 === btoa);
for (const s of ['', 'aGVsbG8=', 'aGVsbG8', ' aGVs bG8= ', 'YQ', 'YQ=', 'YQ==', 'YWI=', 'YWJj', 'YQ===', 'Y', 'Y===',
  'aGVsbG8=x', 'aGV\nsbG8=', 'a-b_', 'ab=c', '\u00e9', undefined, null, 12]) {
  try { console.log(JSON.stringify(String(s)), JSON.stringify(atob(s))); } catch (e) { console.log(JSON.stringify(String(s)), e.name, e.message); }
}
for (const s of ['', 'hello', '\u00ff\u00fe', '\u0100', 'a\u20ac', undefined, null, 123]) {
  try { console.log(JSON.stringify(String(s)), btoa(s)); } catch (e) { console.log(JSON.stringify(String(s)), e.name, e.message); }
}
try { atob(); } catch (e) { console.log(e.code, e.name, e.message); }
try { btoa(); } catch (e) { console.log(e.code, e.name, e.message); }
