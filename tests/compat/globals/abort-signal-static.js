// AbortSignal.abort, AbortSignal.any and AbortSignal.timeout (which does not keep the process alive).
const a = AbortSignal.abort();
console.log(a.aborted, a.reason.name);
const b = AbortSignal.abort(42);
console.log(b.reason);
const c1 = new AbortController();
const c2 = new AbortController();
const any = AbortSignal.any([c1.signal, c2.signal]);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
c2.abort('second');
c1.abort('first');
console.log(AbortSignal.any([b]).reason);
const t = AbortSignal.timeout(1);
t.addEventListener('abort', () => {
  console.log('timeout', t.reason.name, t.reason.message, t.reason.code);
  keep.unref?.();
  clearTimeout(keep);
});
const keep = setTimeout(() => console.log('not reached'), 10000);
for (const bad of [-1, 1.5, 'x']) {
  try { AbortSignal.timeout(bad); } catch (e) { console.log(e.name, e.code); }
}
