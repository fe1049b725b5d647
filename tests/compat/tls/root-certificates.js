'use strict';
// tls.rootCertificates: a frozen list of PEM certificates (which ones differs:
// Node bundles Mozilla's, protoJS reads the system's store).
const tls = require('tls');

const roots = tls.rootCertificates;
console.log(Array.isArray(roots), Object.isFrozen(roots), roots.length > 50, roots === tls.rootCertificates);
console.log(roots.every((r) => r.startsWith('-----BEGIN CERTIFICATE-----\n') && r.endsWith('\n-----END CERTIFICATE-----')));
console.log(Object.getOwnPropertyDescriptor(tls, 'rootCertificates').enumerable);
