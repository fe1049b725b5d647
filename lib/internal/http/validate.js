'use strict';
// Validation specific to http (Node keeps these in internal/validators): the Link
// header value of res.writeEarlyHints().

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

// A URI reference in angle brackets, then zero or more `; param[=value]` with an
// optionally double-quoted value (Node's linkValueRegExp).
const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const kLinkFormat = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function validateLinkHeaderFormat(value, name) {
  // exec() converts a non-string as Node's RegExpPrototypeExec does.
  if (value === undefined || !linkValueRegExp.exec(value)) {
    throw new ERR_INVALID_ARG_VALUE(name, value, kLinkFormat);
  }
}

// A string or an array of strings, each a link; returns the header value (an array
// joined with ', '; '' for an empty array).
function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string') {
    validateLinkHeaderFormat(hints, 'hints');
    return hints;
  }
  if (Array.isArray(hints)) {
    let result = '';
    for (let i = 0; i < hints.length; i++) {
      validateLinkHeaderFormat(hints[i], 'hints');
      result += i === 0 ? hints[i] : ', ' + hints[i];
    }
    return result;
  }
  throw new ERR_INVALID_ARG_VALUE('hints', hints, kLinkFormat);
}

module.exports = { validateLinkHeaderValue };
