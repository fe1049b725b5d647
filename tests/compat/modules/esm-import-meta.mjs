// import.meta: url, filename, dirname and resolve().
import path from 'node:path';
console.log(Object.keys(import.meta).sort().join());
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/modules/esm-import-meta.mjs'));
console.log(path.basename(import.meta.filename), path.basename(import.meta.dirname));
console.log(import.meta.resolve('./fixtures/esm.mjs').endsWith('/modules/fixtures/esm.mjs'), import.meta.resolve('node:fs'));
