'use strict';
const http = require('http');
const net = require('net');
let active = 0, maxActive = 0;
const server = http.createServer((req, res) => {
  active++; maxActive = Math.max(maxActive, active);
  setTimeout(() => { active--; res.end(req.url); }, 10);
});
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, () => {
  let done = 0;
  for (let i = 0; i < 4; i++) {
    http.get({ port: server.address().port, path: '/' + i, agent }, (res) => {
      let b = ''; res.on('data', (d) => b += d);
      res.on('end', () => {
        console.log('got', b);
        if (++done === 4) { console.log('max concurrent', maxActive); agent.destroy(); server.close(); }
      });
    });
  }
  console.log('queued', agent.requests[Object.keys(agent.requests)[0]].length);
});
