// FormData bodies: serialized as multipart/form-data with undici's boundary and
// layout, and parsed back by formData(); urlencoded bodies too.
(async () => {
  const fd = new FormData();
  fd.append('text', 'line1\nline2');
  fd.append('quote"name', 'v');
  fd.append('file', new Blob(['file body'], { type: 'text/plain' }), 'a"b.txt');
  fd.append('bin', new Blob([new Uint8Array([0, 255, 13, 10])]));
  const req = new Request('http://a/', { method: 'POST', body: fd });
  const type = req.headers.get('content-type');
  const boundary = type.split('boundary=')[1];
  console.log(type.replace(boundary, 'B'), /^----formdata-undici-0\d{11}$/.test(boundary));
  const raw = Buffer.from(await req.clone().arrayBuffer());
  console.log(JSON.stringify(raw.toString('latin1').split(boundary).join('B')));
  const back = await req.formData();
  for (const [k, v] of back) {
    console.log(k, typeof v === 'string' ? JSON.stringify(v) : `${v.constructor.name} ${v.name} ${v.type} ${JSON.stringify(Buffer.from(await v.arrayBuffer()).toString('latin1'))}`);
  }
  const url = await new Response('a=1&b=x%20y&b=+z&c', { headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' } }).formData();
  console.log([...url]);
  const handmade = '--XyZ\r\nContent-Disposition: form-data; name="f1"\r\n\r\nvalue one\r\n--XyZ\r\nContent-Disposition: form-data; name="f2"; filename="x.bin"\r\nContent-Type: application/x-thing\r\n\r\nBYTES\r\n--XyZ--\r\n';
  const parsed = await new Response(handmade, { headers: { 'content-type': 'multipart/form-data; boundary=XyZ' } }).formData();
  console.log(parsed.get('f1'), parsed.get('f2').name, parsed.get('f2').type, await parsed.get('f2').text());
  try { await new Response('junk', { headers: { 'content-type': 'text/plain' } }).formData(); } catch (e) { console.log(e.name, e.message); }
  try { await new Response('junk', { headers: { 'content-type': 'multipart/form-data; boundary=q' } }).formData(); } catch (e) { console.log(e.name); }
})();
