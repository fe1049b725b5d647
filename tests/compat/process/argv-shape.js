// process.argv: absolute executable path, absolute script path, then arguments.
const path = require('path');
console.log(process.argv.length, path.isAbsolute(process.argv[0]), process.argv[1] === __filename);
console.log(Array.isArray(process.execArgv), process.execArgv.length, path.isAbsolute(process.execPath));
