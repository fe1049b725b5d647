// Relative references resolved against a base, as the URL standard's examples.
const base = 'http://a/b/c/d;p?q';
const refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '',
  '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.',
  '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g', '\\\\x\\y'];
for (const r of refs) console.log(JSON.stringify(r), new URL(r, base).href);
console.log(new URL('x', 'file:///a/b').href, new URL('../../..', 'file:///C:/a/b').href);
try { new URL('x', 'not a base'); } catch (e) { console.log(e.code, e.input, e.base); }
