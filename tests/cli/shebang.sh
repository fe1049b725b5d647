#!/usr/bin/env bash
# A script with a #! line runs, directly and through protojs.
. "$(dirname "$0")/lib/common.sh"
printf '#!%s\nconsole.log("shebang", process.argv.slice(2).join());\n' "$PJ" > "$TMP/s.js"
chmod +x "$TMP/s.js"
expect_eq "via protojs" "$("$PJ" "$TMP/s.js" a)" "shebang a"
expect_eq "direct" "$("$TMP/s.js" b c)" "shebang b,c"
printf '#!/usr/bin/env protojs\nexport const x = 1;\nconsole.log("esm shebang");\n' > "$TMP/m.mjs"
expect_eq "esm" "$("$PJ" "$TMP/m.mjs")" "esm shebang"
