// setInterval repeats until cleared from inside its own callback; args are passed.
let n = 0;
const iv = setInterval((x, y) => {
  n++;
  console.log('tick', n, x, y, this === undefined);
  if (n === 4) {
    clearInterval(iv);
    setTimeout(() => console.log('after clear, n =', n), 10);
  }
}, 1, 'x', 'y');
