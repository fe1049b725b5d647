// ESM: the default export is the CommonJS module object.
import zlib from 'zlib';
import zlib2 from 'node:zlib';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
console.log(zlib === zlib2, zlib === require('zlib'));
console.log(zlib.gunzipSync(zlib.gzipSync('esm default')).toString());
