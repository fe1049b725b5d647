'use strict';
// util.parseArgs (Node 20): command-line arguments to { values, positionals, tokens }.
// Phase 1 splits the arguments into tokens, phase 2 checks and stores them, phase 3
// fills in defaults.

const { codes } = require('internal/errors');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const ownOrUndefined = (o, k) => (hasOwn(o, k) ? o[k] : undefined);
const optionGet = (options, name, key) => (hasOwn(options, name) ? ownOrUndefined(options[name], key) : undefined);

function mainArgs() {
  const evalFlags = ['-e', '--eval', '-p', '--print'];
  if ((process.execArgv || []).some((a) => evalFlags.includes(a))) return process.argv.slice(1);
  return process.argv.slice(2);
}

function longNameFor(short, options) {
  for (const name of Object.keys(options)) {
    if (ownOrUndefined(options[name], 'short') === short) return name;
  }
  return short;
}

const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLong = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongWithValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const takesValue = (options, name) => optionGet(options, name, 'type') === 'string';
const isShortCluster = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';

function tokenize(args, options) {
  const tokens = [];
  const rest = args.slice();
  let index = -1;
  let groupCount = 0;
  while (rest.length > 0) {
    const arg = rest.shift();
    const next = rest[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of rest) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShort(arg) || isLoneLong(arg)) {
      const name = isLoneShort(arg) ? longNameFor(arg[1], options) : arg.slice(2);
      let value;
      let inlineValue;
      if (takesValue(options, name) && next != null) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isShortCluster(arg)) {
      const name = longNameFor(arg[1], options);
      if (!takesValue(options, name)) {
        // -abc is -a -b -c; a string option inside takes the rest: -abfFILE.
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const long = longNameFor(arg[i], options);
          if (!takesValue(options, long) || i === arg.length - 1) {
            expanded.push(`-${arg[i]}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        rest.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLongWithValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkUsage(options, allowPositionals, token) {
  if (!hasOwn(options, token.name)) throw new codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  const short = optionGet(options, token.name, 'short');
  const both = `${short ? `-${short}, ` : ''}--${token.name}`;
  const type = optionGet(options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${both} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${both}' does not take an argument`);
  }
}

// "--opt -x" in strict mode: the value looks like an option, so it is ambiguous.
function checkOptionLikeValue(token) {
  if (token.inlineValue !== false || token.value == null || token.value.length < 2 || token.value[0] !== '-') return;
  const example = token.rawName.startsWith('--') ?
    `'--${token.name}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  const message = `Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument starting with a dash use ${example}.`;
  throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(message);
}

function store(name, value, options, values) {
  if (name === '__proto__') return;
  const v = value ?? true;
  if (optionGet(options, name, 'multiple')) {
    if (values[name]) values[name].push(v);
    else values[name] = [v];
  } else {
    values[name] = v;
  }
}

function validateBool(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateDefault(value, type, multiple, name) {
  const ok = (v) => typeof v === type;
  if (multiple) {
    if (!Array.isArray(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
    value.forEach((v, i) => { if (!ok(v)) throw new codes.ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, v); });
  } else if (!ok(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, type, value);
  }
}

function validateOptions(options) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  for (const [name, config] of Object.entries(options)) {
    if (config === null || typeof config !== 'object' || Array.isArray(config)) {
      throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}`, 'Object', config);
    }
    const type = ownOrUndefined(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      if (typeof config.short !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}.short`, 'string', config.short);
      if (config.short.length !== 1) {
        throw new codes.ERR_INVALID_ARG_VALUE(`options.${name}.short`, config.short, 'must be a single character');
      }
    }
    const multiple = ownOrUndefined(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBool(multiple, `options.${name}.multiple`);
    const def = ownOrUndefined(config, 'default');
    if (def !== undefined) validateDefault(def, type, multiple, `options.${name}.default`);
  }
}

function parseArgs(config = {}) {
  const args = ownOrUndefined(config, 'args') ?? mainArgs();
  const strict = ownOrUndefined(config, 'strict') ?? true;
  const allowPositionals = ownOrUndefined(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownOrUndefined(config, 'tokens') ?? false;
  const options = ownOrUndefined(config, 'options') ?? Object.create(null);
  if (!Array.isArray(args)) throw new codes.ERR_INVALID_ARG_TYPE('args', 'Array', args);
  validateBool(strict, 'strict');
  validateBool(allowPositionals, 'allowPositionals');
  validateBool(returnTokens, 'tokens');
  validateOptions(options);

  const tokens = tokenize(args, options);
  const result = { values: Object.create(null), positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkUsage(options, allowPositionals, token);
        checkOptionLikeValue(token);
      }
      store(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new codes.ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const def = ownOrUndefined(optionConfig, 'default');
    if (def !== undefined && result.values[name] === undefined && name !== '__proto__') result.values[name] = def;
  }
  return result;
}

module.exports = { parseArgs };
