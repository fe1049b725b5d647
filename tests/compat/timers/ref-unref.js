// unref() timers do not keep the process alive; ref() restores; hasRef reports it.
const t = setTimeout(() => console.log('never: unref'), 100000);
console.log(t.hasRef(), t.unref() === t, t.hasRef());
const i = setInterval(() => {}, 100000);
i.unref();
const im = setImmediate(() => {
  console.log('immediate runs');
  // Created here so its order relative to the immediate is deterministic.
  const t2 = setTimeout(() => console.log('ref again fires'), 1);
  t2.unref();
  t2.ref();
  console.log(t2.hasRef());
});
console.log(im.hasRef(), im.unref() === im, im.hasRef(), im.ref() === im);
process.on('exit', () => console.log('exit'));
