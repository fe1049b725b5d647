'use strict';
// TAP-style output of node:test: "# Subtest: name" when a test starts, "ok N - name"
// or "not ok N - name" (with a YAML block for failures) when it ends, nested tests
// indented by four spaces, and a summary ending in the line
// "N passed, N failed" (", N skipped" when some were skipped).

const { inspect } = require('internal/util/inspect');

function write(text) {
  process.stdout.write(text);
}

function indent(depth) {
  return '    '.repeat(depth);
}

function escapeName(name) {
  return String(name).replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, '\\n');
}

function directive(test) {
  if (test.skipped) return ` # SKIP${test.skipReason ? ` ${test.skipReason}` : ''}`;
  if (test.todo) return ` # TODO${test.todoReason ? ` ${test.todoReason}` : ''}`;
  return '';
}

function yamlString(value) {
  return inspect(String(value), { breakLength: Infinity });
}

function errorLines(err, pad) {
  const lines = [];
  if (err === null || typeof err !== 'object') {
    lines.push(`${pad}error: ${inspect(err, { breakLength: Infinity })}`);
    return lines;
  }
  lines.push(`${pad}error: ${yamlString(err.message)}`);
  if (err.code !== undefined) lines.push(`${pad}code: ${inspect(err.code)}`);
  if (err.operator !== undefined && err.code === 'ERR_ASSERTION') {
    lines.push(`${pad}expected: ${inspect(err.expected, { breakLength: Infinity })}`);
    lines.push(`${pad}actual: ${inspect(err.actual, { breakLength: Infinity })}`);
    lines.push(`${pad}operator: ${inspect(err.operator)}`);
  }
  // User frames only: the runner's own and native frames say nothing about the test.
  const stack = typeof err.stack === 'string'
    ? err.stack.split('\n').filter((l) => /^\s+at /.test(l) && !/\(native\)|node:internal\//.test(l))
    : [];
  if (stack.length > 0) {
    lines.push(`${pad}stack: |-`);
    for (const frame of stack.slice(0, 10)) lines.push(`${pad}  ${frame.trim()}`);
  }
  return lines;
}

function testStart(test) {
  write(`${indent(test.depth)}# Subtest: ${test.name}\n`);
}

function testEnd(test, number) {
  const pad = indent(test.depth);
  if (test.childCount > 0) write(`${pad}    1..${test.childCount}\n`);
  const status = test.passed ? 'ok' : 'not ok';
  const lines = [`${pad}${status} ${number} - ${escapeName(test.name)}${directive(test)}`];
  const yamlPad = `${pad}  `;
  lines.push(`${yamlPad}---`);
  lines.push(`${yamlPad}duration_ms: ${test.durationMs.toFixed(6)}`);
  if (test.isSuite) lines.push(`${yamlPad}type: 'suite'`);
  if (!test.passed || (test.todo && test.error !== null)) {
    lines.push(`${yamlPad}failureType: ${inspect(test.failureType)}`);
    lines.push(...errorLines(test.error, yamlPad));
  }
  lines.push(`${yamlPad}...`);
  write(`${lines.join('\n')}\n`);
}

function diagnostic(test, message) {
  write(`${indent(test.depth + 1)}# ${message}\n`);
}

function summary(counts, rootCount, durationMs) {
  const lines = [
    `1..${rootCount}`,
    `# tests ${counts.tests}`,
    `# suites ${counts.suites}`,
    `# pass ${counts.pass}`,
    `# fail ${counts.fail}`,
    `# cancelled ${counts.cancelled}`,
    `# skipped ${counts.skipped}`,
    `# todo ${counts.todo}`,
    `# duration_ms ${durationMs.toFixed(6)}`,
  ];
  let last = `${counts.pass} passed, ${counts.fail + counts.cancelled} failed`;
  if (counts.skipped + counts.todo > 0) last += `, ${counts.skipped + counts.todo} skipped`;
  lines.push(last);
  write(`${lines.join('\n')}\n`);
}

function header() {
  write('TAP version 13\n');
}

module.exports = { header, testStart, testEnd, diagnostic, summary };
