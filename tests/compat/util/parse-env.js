'use strict';
const util = require('util');
const cases = ['A=1', 'A=1 #x', 'A="x', "A='x", 'A=`x', 'A="x"', 'A="a\\nb"', "A='a\\nb'", 'A=`a\\nb`', '#only', '#c\nA=1', 'A=1\n#c', 'A=', 'A=\n', 'A= \nB=2',
  'A="multi\nline"\nB=2', "A='multi\nline'\nB=2", 'A="open\nB=2', "A='open\nB=2", 'K=v=w', ' A = spaced ', 'A=1\nA=2', 'z=1\nZ=2\n_=3\n1=4', 'é=1\na=2',
  'export A=1', 'exportA=1', 'A="q" # c', 'A=x#y', 'A="x#y"', '\n\n  \nA=1', '=', 'A', 'A\nB=1', ' # c\nA=1', 'A=1\r\nB="x\r\ny"', 'A="\\n"', 'A=""', "A=''", 'A="a"b"', '   ', '', 'A=`x`y`\nB=1', 'A="x\\\\ny"'];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(util.parseEnv(c)));
try { util.parseEnv(5); } catch (e) { console.log(e.code, e.message); }
console.log(Object.getPrototypeOf(util.parseEnv('A=1')) === Object.prototype);
