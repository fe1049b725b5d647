'use strict';
// toJSON and the JSON round trip.
const b = Buffer.from('hi\u00e9');
console.log(JSON.stringify(b), JSON.stringify({ b, e: Buffer.alloc(0) }));
const back = Buffer.from(JSON.parse(JSON.stringify(b)));
console.log(back.equals(b), JSON.stringify(b.toJSON()), JSON.stringify(b.subarray(1).toJSON()));
const revived = JSON.parse(JSON.stringify({ x: b }), (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v.data) : v));
console.log(Buffer.isBuffer(revived.x), revived.x.toString());
