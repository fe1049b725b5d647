// node:querystring parse/stringify/escape/unescape with custom separators and maxKeys.
const qs=require('querystring'); console.log(Object.keys(qs).join()); console.log(qs.escape('a b!\'()*~é'), qs.stringify({a:[1,2], b:'x y', c:true, d:null, e:undefined, f:{}}), JSON.stringify(qs.parse('a=1&a=2&b=%zz&c+d=e+f&&=x&g')), qs.unescape('%E9%zz+'))
console.log(JSON.stringify(qs.parse('a:1;b:2', ';', ':')), qs.stringify({a: 1, b: 2}, ';', ':'), JSON.stringify(qs.parse('a=1&b=2&c=3', null, null, {maxKeys: 2})));
