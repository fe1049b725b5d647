// Compressed input split in two at every byte boundary still decompresses.
const zlib = require('zlib');
const input = Buffer.from('split me at every boundary, please');
const formats = [['deflateSync', 'Inflate'], ['gzipSync', 'Gunzip'], ['deflateRawSync', 'InflateRaw'], ['gzipSync', 'Unzip'], ['deflateSync', 'Unzip']];
let fi = 0, cut = 0;
const results = [];
function run() {
  if (fi === formats.length) return console.log(results.join('\n'));
  const [c, D] = formats[fi];
  const packed = zlib[c](input);
  if (cut > packed.length) {
    fi++; cut = 0;
    return run();
  }
  const d = new zlib[D]();
  const out = [];
  d.on('data', (b) => out.push(b));
  d.on('error', (e) => { results.push(`${D} ${cut} error ${e.message}`); cut++; run(); });
  d.on('end', () => {
    const ok = Buffer.concat(out).equals(input);
    if (!ok || cut === packed.length) results.push(`${D} ${c} cuts 0..${cut} ok=${ok}`);
    cut++;
    run();
  });
  d.write(packed.subarray(0, cut));
  d.end(packed.subarray(cut));
}
run();
