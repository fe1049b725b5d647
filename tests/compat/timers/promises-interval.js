// timers/promises setInterval as an async iterator, stopped by break and by abort.
const { setInterval: every } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of every(1, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  const ac = new AbortController();
  let m = 0;
  try {
    for await (const v of every(1, 'abortable', { signal: ac.signal })) {
      if (++m === 2) ac.abort();
      console.log(v, m);
    }
  } catch (e) {
    console.log(e.name, m);
  }
})();
