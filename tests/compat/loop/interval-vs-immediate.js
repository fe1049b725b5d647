// setInterval ticks interleave with work it schedules; cleared after three runs.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  setImmediate(() => console.log('immediate after interval', n));
  if (n === 3) clearInterval(iv);
}, 1);
