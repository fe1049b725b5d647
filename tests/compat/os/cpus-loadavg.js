// os.cpus() entries and os.loadavg() have Node's shape.
const os = require('os');
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length >= 1);
console.log(Object.keys(cpus[0]).join(), Object.keys(cpus[0].times).join(), typeof cpus[0].model, typeof cpus[0].speed);
console.log(Object.values(cpus[0].times).every((t) => typeof t === 'number' && t >= 0));
const l = os.loadavg();
console.log(l.length, l.every((x) => typeof x === 'number' && x >= 0));
