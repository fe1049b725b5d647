// node:fs and node:fs/promises from ESM: named exports, default export, top-level await.
import fs, { readFileSync, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
const me = fileURLToPath(import.meta.url);
console.log(fs.readFileSync === readFileSync, existsSync(me));
const text = await readFile(me, 'utf8');
console.log(text.split('\n')[0]);
console.log((await stat(me)).size === readFileSync(me).length);
