#!/bin/bash
# The protoJS client against a server no one here wrote: python3 -m http.server.
protojs=${1:?protojs path}
dir=$(mktemp -d)
printf 'served by python\n' > "$dir/file.txt"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dir" >/dev/null 2>&1 &
py=$!
trap 'kill $py 2>/dev/null; wait $py 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 100); do (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.05; done
out=$("$protojs" -e "
const http = require('http');
http.get('http://127.0.0.1:$port/file.txt', (res) => {
  let b = '';
  res.on('data', (d) => b += d);
  res.on('end', () => {
    console.log(res.statusCode, res.headers['content-type'], res.headers['content-length'], JSON.stringify(b));
    http.get('http://127.0.0.1:$port/missing', (r2) => { console.log(r2.statusCode); r2.resume(); });
  });
});") || { echo "FAIL: protojs exited $?: $out"; exit 1; }
[ "$out" == "$(printf '200 text/plain 17 "served by python\\n"\n404')" ] || { echo "FAIL: $out"; exit 1; }
echo ok
