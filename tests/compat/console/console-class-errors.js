'use strict';
const { Console } = console;
for (const args of [[], [{}], [{ stdout: 1 }], [{ write() {} }, {}]]) {
  try { new Console(...args); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
