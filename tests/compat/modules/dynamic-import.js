// import() from CommonJS: ES modules, CommonJS (default = module.exports) and builtins.
(async () => {
  const esm = await import('./fixtures/esm.mjs');
  console.log(esm.x, esm.default(), Object.keys(esm).sort().join());
  const cjs = await import('./fixtures/cjs-lib.cjs');
  console.log(cjs.default('you'), cjs.default.extra);
  const fs = await import('node:fs');
  console.log(typeof fs.readFileSync, fs.default.readFileSync === fs.readFileSync);
  const typed = await import('./fixtures/esm-pkg/index.js');
  console.log(typed.typed);
  try { await import('./fixtures/missing.mjs'); } catch (e) { console.log(e.code); }
})();
