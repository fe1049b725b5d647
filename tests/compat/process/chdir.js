// process.chdir changes cwd; a missing directory throws ENOENT with Node's message shape.
const os = require('os');
const start = process.cwd();
process.chdir(os.tmpdir());
console.log(process.cwd() === require('fs').realpathSync(os.tmpdir()));
process.chdir(start);
try { process.chdir('/no/such/dir'); } catch (e) { console.log(e.code, e.syscall, e.message.includes("-> '/no/such/dir'")); }
try { process.chdir(5); } catch (e) { console.log(e.code); }
