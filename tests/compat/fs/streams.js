// fs.createReadStream/createWriteStream: events in order, ranges, pipe, errors.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const rel = (s) => s && s.split(dir).join('<dir>');
const ws = fs.createWriteStream(`${dir}/out.txt`);
const events = [];
ws.on('open', (fd) => events.push(`open ${typeof fd}`));
ws.on('ready', () => events.push('ready'));
ws.on('finish', () => events.push('finish'));
ws.on('close', () => {
  events.push('close');
  console.log('write events', events.join(), ws.bytesWritten, ws.pending);
  readBack();
});
console.log('pending before open', ws.pending, rel(ws.path));
ws.write('hello ');
ws.write(Buffer.from('world'));
ws.end('!\n');

function readBack() {
  const chunks = [];
  const rs = fs.createReadStream(`${dir}/out.txt`, { encoding: 'utf8', highWaterMark: 4 });
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => console.log('read', JSON.stringify(chunks.join('')), chunks.length, rs.bytesRead));
  rs.on('close', () => {
    const part = [];
    fs.createReadStream(`${dir}/out.txt`, { start: 6, end: 10 })
      .on('data', (c) => part.push(c))
      .on('end', () => {
        console.log('range', Buffer.concat(part).toString());
        pipeThrough();
      });
  });
}

function pipeThrough() {
  const src = fs.createReadStream(`${dir}/out.txt`);
  const dst = fs.createWriteStream(`${dir}/copy.txt`);
  src.pipe(dst).on('finish', () => {
    console.log('copied', fs.readFileSync(`${dir}/copy.txt`, 'utf8') === fs.readFileSync(`${dir}/out.txt`, 'utf8'));
    fs.createReadStream(`${dir}/missing`).on('error', (e) => {
      console.log('error', e.code, e.syscall, rel(e.message));
    }).on('close', () => console.log('closed after error'));
  });
}
