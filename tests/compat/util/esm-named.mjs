
import util, { inspect, format, promisify, types, isDeepStrictEqual } from 'node:util';
import { isDate } from 'node:util/types';
console.log(typeof util.inspect, inspect({ a: 1 }), format('%d', 5), typeof promisify);
console.log(types.isMap(new Map()), isDeepStrictEqual([1], [1]), isDate(new Date()));
import * as ns from 'node:util';
console.log(inspect(Object.keys(ns).includes('inspect')));
