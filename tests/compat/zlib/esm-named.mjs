// ESM: named imports of node:zlib.
import { gzipSync, gunzipSync, createGzip, Gzip, constants, crc32, deflate, inflate } from 'node:zlib';
console.log(gunzipSync(gzipSync('named')).toString(), createGzip() instanceof Gzip, constants.Z_FINISH, crc32('abc'));
deflate('async named', (err, buf) => {
  inflate(buf, (err2, out) => console.log(err, err2, out.toString()));
});
