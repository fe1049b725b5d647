#!/usr/bin/env bash
# --expose-gc (and Node's spelling --expose_gc) defines gc(), which collects cycles.
. "$(dirname "$0")/lib/common.sh"
expect_eq "no gc by default" "$("$PJ" -p 'typeof gc')" "undefined"
expect_eq "--expose-gc" "$("$PJ" --expose-gc -p 'typeof gc + " " + gc.name + " " + gc()')" "function gc undefined"
expect_eq "--expose_gc" "$("$PJ" --expose_gc -p 'typeof gc')" "function"
expect_eq "execArgv" "$("$PJ" --expose-gc -p 'process.execArgv.join()')" "--expose-gc,-p,process.execArgv.join()"
# Objects in reference cycles are freed by gc(), not before.
cat > "$TMP/cycles.js" <<'JS'
function garbage() {
  for (let i = 0; i < 20000; i++) { const a = { pad: new Array(8).fill(i) }; a.self = a; }
}
garbage();
const before = process.memoryUsage().heapUsed;
gc();
const after = process.memoryUsage().heapUsed;
console.log(after < before ? 'freed' : `not freed: ${before} -> ${after}`);
JS
expect_eq "gc() frees cycles" "$("$PJ" --expose-gc "$TMP/cycles.js")" "freed"
echo ok
