// path.matchesGlob: *, **, ?, classes, braces and dotfiles (plus its ExperimentalWarning).
const path = require('path');
process.on('warning', (w) => console.log('warning', w.name, w.message));
const cases = [['/a/b/c.js', '/a/**/*.js'], ['a/b', 'a/*'], ['a/b/c', 'a/*'], ['x.js', '*.{js,ts}'],
  ['x.ts', '*.{js,ts}'], ['.x', '*'], ['.x', '.*'], ['a/.b/c', 'a/**/c'], ['a/b/c/d', 'a/**'],
  ['abc', 'a?c'], ['a/c', 'a?c'], ['b1', '[abc]1'], ['d1', '[!abc]1'], ['a', '**'], ['', '*']];
for (const [p, g] of cases) console.log(p, g, path.matchesGlob(p, g));
try { path.matchesGlob(1, '*'); } catch (e) { console.log(e.code); }
