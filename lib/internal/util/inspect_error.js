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

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
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
  } else if (ctx.colors) {
    const head = stack.slice(0, stackStart);
    const lines = stack.slice(stackStart + 1).split('\n');
    stack = head + lines.map((line) => `\n${/\(node:|at node:/.test(line) ? ctx.stylize(line, 'undefined') : line}`).join('');
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

module.exports = { formatError, getStackString };
