'use strict';
const util = require('util');
console.log(JSON.stringify(util.styleText(['bold', 'red'], 'both')));
console.log(JSON.stringify(util.styleText('green', 'piped', { validateStream: false })));
console.log(JSON.stringify(util.styleText('green', 'not a tty')));
try { util.styleText('nope', 'x'); } catch (e) { console.log(e.code, e.message.slice(0, 60)); }
try { util.styleText('red', 5); } catch (e) { console.log(e.code); }
