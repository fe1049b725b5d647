'use strict';
// DOMException (WebIDL): name, message and the legacy numeric code, with Error on
// its prototype chain and a captured stack like any error.

const kNames = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7], ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11], ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13], ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15], ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17], ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19], ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21], ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23], ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const codeOf = new Map(kNames.map(([name, , code]) => [name, code]));
const internals = new WeakMap();

function slot(self) {
  const s = internals.get(self);
  if (s === undefined) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_THIS('DOMException');
  }
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    // An Error object made for new.target: it carries the stack, no own message.
    const self = Reflect.construct(Error, [], new.target);
    let name = 'Error';
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(self, 'cause', { value: options.cause, writable: true, enumerable: false, configurable: true });
      }
    } else name = `${options}`;
    internals.set(self, { message: `${message}`, name });
    // The stack was captured before name and message existed: give it Node's header.
    const { stack } = self;
    if (typeof stack === 'string') {
      // Frames from the first one outside Reflect.construct.
      const frames = stack.slice(stack.indexOf('    at ')).replace(/^ {4}at construct \(native\)\n/, '');
      Object.defineProperty(self, 'stack', {
        value: `${name}${message === '' ? '' : `: ${message}`}\n${stack.includes('    at ') ? frames : ''}`,
        writable: true, configurable: true, enumerable: false,
      });
    }
    return self;
  }

  get name() { return slot(this).name; }
  get message() { return slot(this).message; }
  get code() { return codeOf.get(slot(this).name) ?? 0; }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const [, constName, code] of kNames) {
  const desc = { value: code, enumerable: true };
  Object.defineProperty(DOMException, constName, desc);
  Object.defineProperty(DOMException.prototype, constName, desc);
}

module.exports = { DOMException };
