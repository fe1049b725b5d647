// IPv4 forms (hex, octal, short), IPv6 compression, and invalid hosts.
const inputs = [
  'http://0x7f.1/', 'http://127.1/', 'http://0177.0.0.1/', 'http://2130706433/', 'http://192.168.0.257/',
  'http://[::1]/', 'http://[0:0:0:0:0:0:0:1]/', 'http://[2001:db8:0:0:1:0:0:1]/', 'http://[::ffff:1.2.3.4]/',
  'http://[1:0:0:2::3:0]/', 'http://[::]/', 'http://EXAMPLE.COM./', 'http://a..b/', 'http://1.2.3.4.5/',
  'http://[::1/', 'http://a b/', 'http://a%20b/', 'http://%41.com/', 'http://0x100000000/', 'http://1.2.3.08/',
  'http://ü.example/', 'http://bücher.de/', 'http://Ｇｏ.com', 'http://％４１.com', 'http://ab\u00adc.de/',
  'https://faß.ExAmPlE/', 'http://你好你好', 'http://a\u3002b.com/',
];
for (const s of inputs) {
  try {
    const u = new URL(s);
    console.log(s, '->', u.hostname, u.href);
  } catch (e) {
    console.log(s, '-> throws', e.code);
  }
}
