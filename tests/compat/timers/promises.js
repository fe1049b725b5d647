// timers/promises: setTimeout and setImmediate resolve with the value; abort rejects.
const tp = require('timers/promises');
(async () => {
  console.log(await tp.setTimeout(2, 'value'));
  console.log(await tp.setImmediate('imm'));
  const ac = new AbortController();
  const p = tp.setTimeout(100000, 'x', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  try { await tp.setTimeout(1, 'y', { signal: AbortSignal.abort('why') }); } catch (e) { console.log(e.name, e.cause); }
  try { await tp.setTimeout(1, 'z', { signal: 'bad' }); } catch (e) { console.log(e.code); }
  console.log(require('timers').promises === tp, typeof tp.scheduler.wait);
})();
