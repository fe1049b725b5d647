// os.networkInterfaces(): loopback entries with Node's fields and cidr.
const os = require('os');
const ifs = os.networkInterfaces();
const lo = ifs.lo || [];
for (const e of lo) console.log(JSON.stringify(e));
for (const list of Object.values(ifs)) {
  for (const e of list) {
    const keys = Object.keys(e).join();
    if (keys !== (e.family === 'IPv4' ? 'address,netmask,family,mac,internal,cidr' : 'address,netmask,family,mac,internal,cidr,scopeid')) console.log('bad keys', keys);
    if (!e.cidr.startsWith(`${e.address}/`)) console.log('bad cidr', e.cidr);
  }
}
console.log('checked');
