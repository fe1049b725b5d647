'use strict';
// The "+ actual - expected" message of a failed strictEqual/deepStrictEqual, laid
// out line by line the way Node 20 does it: both values inspected (one property per
// line, keys sorted), identical trailing lines folded into the tail, runs of
// identical lines collapsed to "...", and consecutive differing lines grouped as
// +++ then ---. Short single-line primitives get the one-line `a !== b` form.

const { inspect } = require('internal/util/inspect');

const kMaxShortLength = 12;

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

const isObjectLike = (v) => typeof v === 'object' && v !== null;

// The one-line form and the mismatch indicator, for values that inspect to one line.
function singleLineForm(state, actual, expected, header) {
  const a = state.actualLines[0];
  const e = state.expectedLines[0];
  const inputLength = a.length + e.length;
  if (inputLength <= kMaxShortLength) {
    if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
      return `${header}\n\n${a} !== ${e}\n`;
    }
    return undefined;
  }
  if (state.operator === 'strictEqualObject') return undefined;
  const maxLength = process.stderr && process.stderr.isTTY ? process.stderr.columns : 80;
  if (inputLength < maxLength) {
    let i = 0;
    while (a[i] === e[i]) i++;
    // A mismatch within the first characters (the quote) needs no arrow.
    if (i > 2) state.indicator = `\n  ${' '.repeat(i)}^`;
  }
  return undefined;
}

// Moves identical trailing lines into `end` (at most three shown, the rest
// summarized) and returns how many there were.
function foldCommonTail(state) {
  const { actualLines, expectedLines } = state;
  let count = 0;
  let hidden = '';
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (count++ < 3) state.end = `\n  ${line}${state.end}`;
    else hidden = line;
  }
  if (count >= 5) {
    state.end = `\n...${state.end}`;
    state.skipped = true;
  }
  if (hidden !== '') state.end = `\n  ${hidden}${state.end}`;
  return count;
}

// Before a differing line: print up to the last three identical lines, with "..."
// in place of longer runs (a run of exactly five shows all but the first).
function flushIdentical(state, lines, i) {
  const n = state.identical;
  if (n > 2) {
    if (n > 3) {
      if (n > 4) {
        if (n === 5) {
          state.res += `\n  ${lines[i - 3]}`;
          state.printed++;
        } else {
          state.res += '\n...';
          state.skipped = true;
        }
      }
      state.res += `\n  ${lines[i - 2]}`;
      state.printed++;
    }
    state.res += `\n  ${lines[i - 1]}`;
    state.printed++;
  }
  state.identical = 0;
}

function compareLine(state, i) {
  const expectedLine = state.expectedLines[i];
  let actualLine = state.actualLines[i];
  // A line that differs only by a trailing comma counts as identical.
  let differs = actualLine !== expectedLine &&
    (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
  if (differs && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
    differs = false;
    actualLine += ',';
  }
  if (differs) {
    flushIdentical(state, state.actualLines, i);
    state.res += `\n+ ${actualLine}`;
    state.other += `\n- ${expectedLine}`;
    state.printed += 2;
    return;
  }
  state.res += state.other;
  state.other = '';
  state.identical++;
  if (state.identical <= 2) {
    state.res += `\n  ${actualLine}`;
    state.printed++;
  }
}

function createErrDiff(actual, expected, operator, header) {
  const actualInspected = inspectValue(actual);
  const state = {
    operator,
    actualLines: actualInspected.split('\n'),
    expectedLines: inspectValue(expected).split('\n'),
    indicator: '',
    end: '',
    res: '',
    other: '',
    skipped: false,
    identical: 0,
    printed: 0,
  };
  // Two objects (or functions) under strictEqual are compared by reference.
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    state.operator = 'strictEqualObject';
  }
  if (header === undefined) header = kReadableOperator[state.operator];

  if (state.actualLines.length === 1 && state.expectedLines.length === 1 &&
      state.actualLines[0] !== state.expectedLines[0]) {
    const short = singleLineForm(state, actual, expected, header);
    if (short !== undefined) return short;
  }

  foldCommonTail(state);
  const maxLines = Math.max(state.actualLines.length, state.expectedLines.length);
  if (maxLines === 0) {
    // Same inspection on both sides: they differ only by identity.
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  const msg = `${header}\n+ actual - expected`;
  const skippedMsg = ' ... Lines skipped';
  let lines = state.actualLines;
  let plusMinus = '+';
  let common = state.expectedLines.length;
  if (state.actualLines.length < maxLines) {
    lines = state.expectedLines;
    plusMinus = '-';
    common = state.actualLines.length;
  }

  for (let i = 0; i < maxLines; i++) {
    if (i >= common) {
      // Only one side has lines left.
      flushIdentical(state, lines, i);
      if (lines === state.actualLines) state.res += `\n${plusMinus} ${lines[i]}`;
      else state.other += `\n${plusMinus} ${lines[i]}`;
      state.printed++;
    } else {
      compareLine(state, i);
    }
    if (state.printed > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${state.res}\n...${state.other}\n...`;
    }
  }
  return `${msg}${state.skipped ? skippedMsg : ''}\n${state.res}${state.other}${state.end}${state.indicator}`;
}

module.exports = { createErrDiff, inspectValue, kReadableOperator };
