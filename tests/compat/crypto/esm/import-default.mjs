// import of node:crypto from ES modules: default export and named exports.
import crypto from 'crypto';
import nodeCrypto, { createHash, createHmac, randomUUID, webcrypto, timingSafeEqual } from 'node:crypto';
import * as ns from 'node:crypto';
console.log(crypto === nodeCrypto, typeof createHash, typeof createHmac);
console.log(createHash('sha256').update('esm').digest('hex'));
console.log(createHmac('sha1', 'k').update('esm').digest('base64'));
console.log(randomUUID().length, webcrypto === globalThis.crypto, timingSafeEqual(Buffer.from('a'), Buffer.from('a')));
console.log(ns.default === crypto, typeof ns.pbkdf2Sync, typeof ns.scryptSync);
const { hkdfSync } = await import('node:crypto');
console.log(Buffer.from(hkdfSync('sha256', 'k', 's', 'i', 8)).toString('hex'));
