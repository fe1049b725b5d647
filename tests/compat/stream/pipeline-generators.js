// pipeline with an async generator source and transform stage.
const { pipeline, Writable } = require('stream');
const out = [];
pipeline(
  async function* () { yield 'a'; yield 'b'; },
  async function* (source) { for await (const c of source) yield `${c}${c}`; },
  new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  (err) => console.log('done', err, out.join(','))
);
pipeline(
  async function* () { yield 1; throw new Error('source threw'); },
  new Writable({ objectMode: true, write(c, e, cb) { cb(); } }),
  (err) => console.log('error case', err.message)
);
