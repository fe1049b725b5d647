// node:url named exports from ESM, and the URL global being the same class.
import { URL as U, URLSearchParams as P, fileURLToPath, pathToFileURL } from 'node:url';
import url from 'url';
console.log(U === URL, P === URLSearchParams, url.URL === URL, typeof fileURLToPath, typeof pathToFileURL);
console.log(fileURLToPath(import.meta.url).endsWith('/builtin-exports.mjs'));
console.log(new U('./x', import.meta.url).pathname.endsWith('/url/x'));
