// structuredClone throws DataCloneError for functions, symbols and host objects.
for (const v of [() => 1, function named() {}, Symbol('s'), { f() {} }, new WeakMap(), Promise.resolve()]) {
  try {
    structuredClone(v);
    console.log('cloned');
  } catch (e) {
    console.log(e.name, e.code, e instanceof DOMException, e.message);
  }
}
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
