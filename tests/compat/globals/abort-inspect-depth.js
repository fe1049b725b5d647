'use strict';
// util.inspect of AbortController and AbortSignal at every depth: their custom inspect
// shows the name and the state one level deeper, and past the depth limit the object
// itself ([AbortSignal], AbortController {}), as Node's. The max-listeners warning
// for an AbortSignal names it the same way.
const util = require('util');
const { setMaxListeners } = require('events');
const ac = new AbortController();
for (const depth of [null, 2, 1, 0, -1]) {
  console.log(`depth ${depth}:`, util.inspect(ac, { depth }), '|', util.inspect(ac.signal, { depth }), '|',
    util.inspect({ a: { b: ac.signal } }, { depth }), '|', util.inspect([ac, [ac.signal]], { depth }));
}
ac.abort(new Error('why'));
console.log('aborted:', util.inspect(ac.signal), '|', util.inspect(ac, { depth: 0 }));

process.on('warning', (w) => console.log('warning', w.name, w.message));
const sig = new AbortController().signal;
setMaxListeners(1, sig);
sig.addEventListener('abort', () => {});
sig.addEventListener('abort', () => {});
