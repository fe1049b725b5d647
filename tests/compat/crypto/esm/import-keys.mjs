// ES module imports of the key, signature and certificate API of node:crypto.
import {
  KeyObject, createPrivateKey, createPublicKey, createSecretKey, sign, verify, generateKeyPairSync,
  X509Certificate, publicEncrypt, privateDecrypt, createECDH, diffieHellman,
} from 'node:crypto';
import { readFileSync } from 'node:fs';

const pem = readFileSync(new URL('../fixtures/keys/ed25519.pem', import.meta.url));
const key = createPrivateKey(pem);
const sig = sign(null, Buffer.from('esm'), key);
console.log(key instanceof KeyObject, sig.toString('hex'), verify(null, Buffer.from('esm'), createPublicKey(key), sig));
console.log(createSecretKey(Buffer.from('k')).export().toString(), typeof generateKeyPairSync, typeof X509Certificate);
console.log(typeof publicEncrypt, typeof privateDecrypt, typeof createECDH, typeof diffieHellman);
