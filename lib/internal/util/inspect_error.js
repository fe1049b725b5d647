'use strict';
// util.inspect for errors: the stack (or "[Name: message]" when it has no frames),
// the class name worked into the first line, and the keys already shown there hidden.

function errorToString(err) {
  try {
    return Error.prototype.toString.call(err);
  } catch {
    return 'Error';
  }
}

// QuickJS's stacks hold only the frames; Node's start with "Name: message".
// Give a frames-only stack the header V8 would have written.
function getStackString(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    stack = undefined;
  }
  if (!stack) return errorToString(err);
  stack = String(stack);
  if (/^\s+at /.test(stack)) return `${errorToString(err)}\n${stack.replace(/\n+$/, '')}`;
  return stack;
}

// V8 creates `stack` before `message`; QuickJS the other way round. showHidden lists
// them in V8's order.
function orderHiddenKeys(keys) {
  const stackIndex = keys.indexOf('stack');
  const messageIndex = keys.indexOf('message');
  if (stackIndex > messageIndex && messageIndex !== -1) {
    keys.splice(stackIndex, 1);
    keys.splice(messageIndex, 0, 'stack');
  }
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden) orderHiddenKeys(keys);
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
  }
}

// Puts the constructor's name in the first line when `name` does not show it,
// as in "TypeError [ERR_X]: msg" or "MyError: msg".
function improveStack(stack, constructor, name, tag, getPrefix) {
  let len = name.length;
  if (constructor !== null && !(name.endsWith('Error') && stack.startsWith(name) &&
      (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    return stack;
  }
  let fallback = 'Error';
  if (constructor === null) {
    const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (start && start[1]) || '';
    len = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) {
    return len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
  }
  return `${prefix} [${name}]${stack.slice(len)}`;
}

// Longest run (more than 3) of frames shared by both lists, as {len, offset in a}.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    let len = 1;
    const maxLen = Math.min(a.length - i, rest);
    while (maxLen > len && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

// The frames, with those repeated from err.cause's stack folded into one line.
function getStackFrames(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    return frames;
  }
  if (cause === null || typeof cause !== 'object' || !(cause instanceof Error)) return frames;
  const causeStack = getStackString(cause);
  const start = causeStack.indexOf('\n    at');
  if (start === -1) return frames;
  const { len, offset } = identicalSequenceRange(frames, causeStack.slice(start + 1).split('\n'));
  if (len > 0) {
    const skipped = len - 2;
    frames.splice(offset + 1, skipped, ctx.stylize(`    ... ${skipped} lines matching cause stack trace ...`, 'undefined'));
  }
  return frames;
}

function formatError(err, constructor, tag, ctx, keys, getPrefix) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && !keys.includes('cause')) keys.push('cause');
  if (Array.isArray(err.errors) && !keys.includes('errors')) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag, getPrefix);

  // The message may itself contain "\n    at"; look for frames after it.
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      stack = head + lines.map((line) => `\n${/\(node:|at node:/.test(line) ? ctx.stylize(line, 'undefined') : line}`).join('');
    } else {
      stack = `${head}\n${lines.join('\n')}`;
    }
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

module.exports = { formatError, getStackString, identicalSequenceRange };
