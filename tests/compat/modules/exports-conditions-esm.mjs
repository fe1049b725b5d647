// The "import" condition applies to import, "require" to require (from ESM via createRequire).
import value from 'cond-pkg';
import sub from 'cond-pkg/sub';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(value, sub, require('cond-pkg'));
try {
  await import('cond-pkg/lib/hidden.js');
} catch (e) {
  console.log(e.code);
}
