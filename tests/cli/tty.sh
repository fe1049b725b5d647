#!/usr/bin/env bash
# Standard streams on a real terminal (a pty from util-linux `script`): process.stdout
# is a tty.WriteStream, process.stdin a tty.ReadStream whose raw mode process.exit()
# undoes. Skipped where `script` or ptys are unavailable.
. "$(dirname "$0")/lib/common.sh"
if ! command -v script >/dev/null || ! script -qec true /dev/null </dev/null >/dev/null 2>&1; then
  echo "skip: no pty (util-linux script)"
  exit 0
fi
# run JS: the script's terminal output, without the pty's carriage returns. p()
# prints plainly (console.log colors values on a terminal).
P='const p = (...a) => process.stdout.write(a.join(" ") + "\n");'
run() {
  printf '%s\n' "$P" "$1" > "$TMP/t.js"
  script -qec "$PJ $TMP/t.js" /dev/null </dev/null | tr -d '\r'
}

out=$(run 'const tty = require("tty");
p(tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(99));
const { stdout, stdin, stderr } = process;
p(stdout instanceof tty.WriteStream, stderr instanceof tty.WriteStream, stdin instanceof tty.ReadStream);
p(stdout.isTTY, stdout._type, stdout.fd, typeof stdout.columns, stdout.getWindowSize().length);
p(stdin.isTTY, stdin.isRaw, typeof stdout.getColorDepth(), typeof stdout.hasColors(256));')
expect_eq "stdio classes" "$out" "true true true false
true true true
true tty 1 number 2
true false number boolean"

# Writes through the socket and console.log keep their order; end() keeps fd 1 open.
out=$(run 'process.stdout.write("a"); console.log("b"); process.stdout.write("c\n");
process.stdout.cursorTo(0); process.stdout.clearLine(1);
process.stdout.end("d\n"); process.stdout.on("finish", () => require("fs").writeSync(1, "e\n"));')
expect_eq "write order" "$out" "$(printf 'ab\nc\n\033[1G\033[0Kd\ne')"

# Raw mode is on while set, and process.exit() restores the terminal.
printf '%s\n' "$P" 'process.stdin.setRawMode(true); p("raw", process.stdin.isRaw);
process.stdin.setRawMode(false); p("raw", process.stdin.isRaw);
process.stdin.setRawMode(true); process.exit(0);' > "$TMP/raw.js"
out=$(script -qec "$PJ $TMP/raw.js; stty -a | grep -o -- ' -\?icanon'" /dev/null </dev/null | tr -d '\r')
expect_eq "raw mode" "$out" "raw true
raw false
 icanon"
echo ok
