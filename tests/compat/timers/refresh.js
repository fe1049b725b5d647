// refresh() restarts the timer with its original delay and returns it; a refreshed
// timer still fires once. Refreshes run from immediates, far inside the delay, so
// the order does not depend on machine speed.
let fired = 0;
const t = setTimeout(() => {
  fired++;
  console.log('fired', fired);
}, 200);
let refreshes = 0;
function again() {
  console.log('refresh returns same', t.refresh() === t);
  if (++refreshes < 3) setImmediate(again);
}
setImmediate(again);
process.on('exit', () => console.log('total fired', fired));
