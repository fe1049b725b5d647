// refresh() restarts the timer with its original delay and returns it.
let fired = 0;
const t = setTimeout(() => {
  fired++;
  console.log('fired', fired);
}, 20);
let refreshes = 0;
const iv = setInterval(() => {
  if (++refreshes <= 3) console.log('refresh returns same', t.refresh() === t);
  else clearInterval(iv);
}, 5);
process.on('exit', () => console.log('total fired', fired));
