// data: URLs: MIME types, base64, percent-encoding, errors.
(async () => {
  const urls = [
    'data:,Hello%2C%20World!',
    'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==',
    'data:TEXT/HTML;charset=UTF-8,<b>hi</b>',
    'data:;charset=utf-8,%E2%82%AC',
    'data:application/json,{"a":1}#frag',
    'data:image/png;base64,iVBORw0K',
    'data:text/plain;base64,  SGk =',
  ];
  for (const u of urls) {
    const res = await fetch(u);
    const bytes = Buffer.from(await res.clone().arrayBuffer());
    console.log(res.status, res.statusText, res.type, res.url === u.split('#')[0], res.headers.get('content-type'), [...res.headers].length, bytes.toString('hex'), JSON.stringify(await res.text()));
  }
  for (const bad of ['data:text/plain', 'data:;base64,%%%']) {
    try { await fetch(bad); console.log('unexpected'); } catch (e) { console.log(e.name, e.message, e.cause instanceof Error); }
  }
  const posted = await fetch('data:,x', { method: 'POST', body: 'ignored' });
  console.log(posted.status, await posted.text());
})();
