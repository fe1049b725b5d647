'use strict';
// The documented pattern: read a file line by line with readline over
// fs.createReadStream and wait with events.once(rl, 'close').
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { once } = require('events');

(async () => {
  const rl = readline.createInterface({
    input: fs.createReadStream(path.join(__dirname, 'fixtures', 'lines.txt'), { highWaterMark: 7 }),
    crlfDelay: Infinity,
  });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  await once(rl, 'close');
  console.log(lines);

  const rl2 = readline.createInterface({
    input: fs.createReadStream(path.join(__dirname, 'fixtures', 'lines.txt')),
  });
  let n = 0;
  for await (const line of rl2) console.log(++n, JSON.stringify(line));
})();
