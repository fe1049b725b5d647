// os.constants tables and getPriority/setPriority validation.
const os = require('os');
const c = os.constants;
console.log(Object.keys(c).join(), c.signals.SIGINT, c.signals.SIGTERM, c.signals.SIGKILL, c.errno.ENOENT, c.errno.EADDRINUSE);
console.log(JSON.stringify(c.priority), JSON.stringify(c.dlopen), c.UV_UDP_REUSEADDR);
console.log(Object.isFrozen(c), Object.isFrozen(c.signals), Object.keys(c.signals).length, Object.keys(c.errno).length);
console.log(typeof os.getPriority(), os.getPriority() === os.getPriority(0));
for (const args of [[0, 100], ['x'], [0, 1.5]]) {
  try {
    if (args.length === 1) os.getPriority(...args);
    else os.setPriority(...args);
  } catch (e) { console.log(e.name, e.code, e.message); }
}
