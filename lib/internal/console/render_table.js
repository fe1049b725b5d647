'use strict';
// console.table: turns arrays, objects, Maps, Sets and their iterators into columns.

const { inspect } = require('internal/util/inspect');
const types = require('internal/util/types');
const { previewIteratorEntries } = internalBinding('util');
const table = require('internal/console/table');

const indexKey = '(index)';
const iterKey = '(iteration index)';
const keyKey = 'Key';
const valuesKey = 'Values';

function renderTable(con, data, properties, kGetInspectOptions) {
  if (properties !== undefined && !Array.isArray(properties)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
  }
  if (data === null || typeof data !== 'object') return con.log(data);
  const final = (head, columns) => con.log(table(head, columns));
  const cell = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...con[kGetInspectOptions](con._stdout) });
  };
  const indexColumn = (length) => Array.from({ length }, (_, i) => cell(i));

  const mapIter = types.isMapIterator(data);
  let isKeyValue = false;
  if (mapIter) [data, isKeyValue] = previewIteratorEntries(data);
  if (isKeyValue || types.isMap(data)) {
    const keys = [];
    const values = [];
    if (mapIter) {
      for (let i = 0; i < data.length / 2; i++) {
        keys.push(cell(data[i * 2]));
        values.push(cell(data[i * 2 + 1]));
      }
    } else {
      for (const [k, v] of data) {
        keys.push(cell(k));
        values.push(cell(v));
      }
    }
    return final([iterKey, keyKey, valuesKey], [indexColumn(keys.length), keys, values]);
  }
  const setIter = types.isSetIterator(data);
  if (setIter) data = previewIteratorEntries(data)[0];
  if (setIter || mapIter || types.isSet(data)) {
    const values = [];
    for (const v of data) values.push(cell(v));
    return final([iterKey, valuesKey], [indexColumn(values.length), values]);
  }
  return renderObjectTable(data, properties, cell, final);
}

function renderObjectTable(data, properties, cell, final) {
  const map = Object.create(null);
  let hasPrimitives = false;
  const primitiveValues = [];
  const indexKeys = Object.keys(data);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = data[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = cell(item);
      continue;
    }
    for (const key of properties || Object.keys(item)) {
      map[key] ??= [];
      if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
      else map[key][i] = cell(item[key]);
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push(valuesKey);
    values.push(primitiveValues);
  }
  keys.unshift(indexKey);
  values.unshift(indexKeys);
  return final(keys, values);
}

module.exports = { renderTable };
