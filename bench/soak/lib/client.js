'use strict';
// Soak client: for SECONDS, runs echo workers (net round trips of random payloads,
// each echo compared byte for byte with memcmp - a JS checksum loop would cost more
// than the round trip under QuickJS - reconnecting every few rounds)
// and http workers (GETs and POSTs alternating between a fresh connection per request
// and a keep-alive agent). Prints one "CLIENT {...}" line; exits 1 on any failure.
// Usage: client.js ECHO_PORT HTTP_PORT SECONDS [ECHO_WORKERS] [HTTP_WORKERS]
const net = require('net');
const http = require('http');

const [echoPort, httpPort, seconds] = process.argv.slice(2, 5).map(Number);
const echoWorkers = Number(process.argv[5] || 4);
const httpWorkers = Number(process.argv[6] || 4);
const deadline = Date.now() + seconds * 1000;

const stats = { echoRounds: 0, echoBytes: 0, echoConnections: 0, echoFailures: 0,
                httpRequests: 0, httpFailures: 0 };
const failures = [];
function fail(kind, what) {
  stats[kind]++;
  if (failures.length < 10) failures.push(what);
}

// Payloads are windows of one random pool (random bytes per round would dominate).
const pool = Buffer.alloc(1 << 20);
for (let i = 0; i < pool.length; i += 4) pool.writeUInt32LE((Math.random() * 0x100000000) >>> 0, i);
function payload() {
  const len = 1 + Math.floor(Math.random() * 65536);
  const off = Math.floor(Math.random() * (pool.length - len));
  return pool.subarray(off, off + len);
}

// Sends `data` and resolves with exactly as many bytes read back.
function roundTrip(socket, data) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let got = 0;
    const onData = (d) => {
      chunks.push(d);
      got += d.length;
      if (got >= data.length) { cleanup(); resolve(Buffer.concat(chunks)); }
    };
    const onEnd = () => { cleanup(); reject(new Error(`echo ended after ${got}/${data.length} bytes`)); };
    const onError = (e) => { cleanup(); reject(e); };
    function cleanup() {
      socket.off('data', onData); socket.off('end', onEnd); socket.off('error', onError);
    }
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('error', onError);
    socket.write(data);
  });
}

function connect() {
  return new Promise((resolve, reject) => {
    const s = net.connect(echoPort, '127.0.0.1');
    s.once('connect', () => { s.off('error', reject); resolve(s); });
    s.once('error', reject);
  });
}

async function echoSession() {
  const socket = await connect();
  stats.echoConnections++;
  const rounds = 1 + Math.floor(Math.random() * 20);
  try {
    for (let i = 0; i < rounds && Date.now() < deadline; i++) {
      const data = payload();
      const back = await roundTrip(socket, data);
      if (!back.equals(data)) {
        fail('echoFailures', `echo mismatch: sent ${data.length} bytes, got ${back.length}`);
      }
      stats.echoRounds++;
      stats.echoBytes += data.length;
    }
  } finally {
    socket.end();
    await new Promise((resolve) => socket.once('close', resolve));
  }
}

async function echoWorker() {
  while (Date.now() < deadline) {
    try { await echoSession(); } catch (e) { fail('echoFailures', `echo: ${e.code || e.message}`); }
  }
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 2 });

// One request; resolves with [statusCode, body].
function request(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: httpPort, ...options }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => resolve([res.statusCode, Buffer.concat(chunks)]));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function httpOnce(n) {
  const agent = n % 2 ? keepAlive : false;  // odd: keep-alive, even: connect/close churn
  if (n % 3 === 0) {
    const body = payload().subarray(0, 4096);
    const [status, back] = await request({ method: 'POST', path: '/echo', agent }, body);
    if (status !== 200 || !back.equals(body)) fail('httpFailures', `POST echo: ${status}, ${back.length} bytes`);
  } else {
    const k = n % 9;
    const [status, back] = await request({ path: `/chunks/${k}`, agent });
    if (status !== 200 || back.length !== k * 1024) fail('httpFailures', `GET /chunks/${k}: ${status}, ${back.length} bytes`);
  }
  stats.httpRequests++;
}

async function httpWorker(id) {
  for (let n = id; Date.now() < deadline; n++) {
    try { await httpOnce(n); } catch (e) { fail('httpFailures', `http: ${e.code || e.message}`); }
  }
}

const workers = [];
for (let i = 0; i < echoWorkers; i++) workers.push(echoWorker());
for (let i = 0; i < httpWorkers; i++) workers.push(httpWorker(i));
Promise.all(workers).then(() => {
  keepAlive.destroy();
  console.log(`CLIENT ${JSON.stringify(stats)}`);
  for (const f of failures) console.log(`FAILURE ${f}`);
  if (stats.echoFailures || stats.httpFailures) process.exitCode = 1;
});
