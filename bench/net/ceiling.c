/* The ceiling for bench/net: the same workloads as the .js benches, written as a plain
 * C program on libuv (client and server in one process on one loop, as in the JS
 * versions), printing the same METRIC lines.
 *   ceiling all                          every workload below
 *   ceiling throughput CHUNK NAME        1 GiB client -> server in CHUNK-byte writes
 *   ceiling pingpong CONNS TRIPS NAME    64-byte ping-pong
 *   ceiling storm                        20 000 short connections, 500 in flight
 *   ceiling idle                         RSS of 5 000 idle connection pairs
 *   ceiling FILE.js                      listen on a loopback port and close (what
 *                                        startup-listen-close.sh times as a "runtime")
 *   ceiling http                         a fixed-response HTTP/1.1 server (the same
 *                                        bytes as bench/http/lib/server.js hello) for
 *                                        wrk: prints its port, serves until killed
 * Built by bench/net/build-ceiling.sh. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uv.h>

static uv_loop_t *loop;

static void metric(const char *name, double v, const char *unit, const char *better) {
  printf("METRIC %s %.2f %s %s\n", name, v, unit, better);
  fflush(stdout);
}
static double now_ns(void) { return (double)uv_hrtime(); }
static void check(int r, const char *what) {
  if (r < 0) { fprintf(stderr, "%s: %s\n", what, uv_strerror(r)); exit(1); }
}
static void alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  static char slab[65536];
  (void)h; (void)suggested;
  buf->base = slab;
  buf->len = sizeof slab;
}
static void free_on_close(uv_handle_t *h) { free(h); }

static int listen_loopback(uv_tcp_t *server, uv_connection_cb cb, int backlog) {
  struct sockaddr_in addr;
  uv_ip4_addr("127.0.0.1", 0, &addr);
  uv_tcp_init(loop, server);
  check(uv_tcp_bind(server, (const struct sockaddr *)&addr, 0), "bind");
  check(uv_listen((uv_stream_t *)server, backlog, cb), "listen");
  struct sockaddr_in bound;
  int len = sizeof bound;
  uv_tcp_getsockname(server, (struct sockaddr *)&bound, &len);
  return ntohs(bound.sin_port);
}
static void connect_loopback(uv_tcp_t *c, uv_connect_t *req, int port, uv_connect_cb cb) {
  struct sockaddr_in addr;
  uv_ip4_addr("127.0.0.1", port, &addr);
  uv_tcp_init(loop, c);
  check(uv_tcp_connect(req, c, (const struct sockaddr *)&addr, cb), "connect");
}

/* ---------------- throughput ---------------- */
static struct {
  uv_tcp_t server, client, *peer;
  uv_connect_t conn;
  uv_write_t wreq;
  uv_shutdown_t sreq;
  char *chunk;
  size_t chunk_size, total, sent, received;
  double start, deadline;
  const char *name;
} tp;

static void tp_pump(void);
static void tp_write_cb(uv_write_t *req, int status) { (void)req; check(status, "write"); tp_pump(); }
static void tp_pump(void) {
  while (tp.sent < tp.total) {
    if ((tp.sent & 0xfffff) < tp.chunk_size && now_ns() > tp.deadline) break;
    uv_buf_t b = uv_buf_init(tp.chunk, tp.chunk_size);
    int r = uv_try_write((uv_stream_t *)&tp.client, &b, 1);
    if (r == (int)tp.chunk_size) { tp.sent += tp.chunk_size; continue; }
    if (r < 0 && r != UV_EAGAIN) check(r, "try_write");
    if (r < 0) r = 0;
    b = uv_buf_init(tp.chunk + r, tp.chunk_size - r);
    tp.sent += tp.chunk_size;
    check(uv_write(&tp.wreq, (uv_stream_t *)&tp.client, &b, 1, tp_write_cb), "write");
    return;
  }
  uv_shutdown(&tp.sreq, (uv_stream_t *)&tp.client, NULL);
}
static void tp_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  if (n > 0) { tp.received += n; return; }
  if (n == UV_EOF) {
    double secs = (now_ns() - tp.start) / 1e9;
    metric(tp.name, tp.received / (1024.0 * 1024.0) / secs, "MiB/s", "higher");
    uv_close((uv_handle_t *)s, free_on_close);
    uv_close((uv_handle_t *)&tp.client, NULL);
    uv_close((uv_handle_t *)&tp.server, NULL);
  }
}
static void tp_on_conn(uv_stream_t *server, int status) {
  check(status, "accept");
  tp.peer = malloc(sizeof *tp.peer);
  uv_tcp_init(loop, tp.peer);
  uv_accept(server, (uv_stream_t *)tp.peer);
  uv_read_start((uv_stream_t *)tp.peer, alloc_cb, tp_read);
}
static void tp_connected(uv_connect_t *req, int status) {
  (void)req;
  check(status, "connect");
  tp.start = now_ns();
  tp.deadline = tp.start + 15e9;
  tp_pump();
}
static void run_throughput(size_t chunk, const char *name, double max_secs) {
  memset(&tp, 0, sizeof tp);
  tp.chunk_size = chunk;
  tp.total = (size_t)1 << 30;
  tp.name = name;
  tp.chunk = malloc(chunk);
  memset(tp.chunk, 'a', chunk);
  int port = listen_loopback(&tp.server, tp_on_conn, 128);
  connect_loopback(&tp.client, &tp.conn, port, tp_connected);
  tp.deadline = now_ns() + max_secs * 1e9;
  uv_run(loop, UV_RUN_DEFAULT);
  free(tp.chunk);
}

/* ---------------- ping-pong ---------------- */
typedef struct {
  uv_tcp_t tcp;
  uv_connect_t conn;
  uv_write_t wreq;
  int trips, got;
  double sent_at;
} pp_client;
static struct {
  uv_tcp_t server;
  pp_client *clients;
  int conns, trips_per_conn, connected, done;
  double *lat;
  size_t nlat;
  double start, deadline;
  char msg[64];
  const char *name;
} pp;
typedef struct { uv_write_t req; char data[]; } echo_write;

static void echo_write_cb(uv_write_t *req, int status) { (void)status; free(req); }
static void pp_server_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  if (n < 0) { uv_close((uv_handle_t *)s, free_on_close); return; }
  uv_buf_t b = uv_buf_init(buf->base, n);
  int r = uv_try_write(s, &b, 1);
  if (r == n) return;
  if (r < 0) r = 0;
  echo_write *w = malloc(sizeof *w + (n - r));
  memcpy(w->data, buf->base + r, n - r);
  b = uv_buf_init(w->data, n - r);
  uv_write(&w->req, s, &b, 1, echo_write_cb);
}
static void pp_on_conn(uv_stream_t *server, int status) {
  check(status, "accept");
  uv_tcp_t *peer = malloc(sizeof *peer);
  uv_tcp_init(loop, peer);
  uv_accept(server, (uv_stream_t *)peer);
  uv_tcp_nodelay(peer, 1);
  uv_read_start((uv_stream_t *)peer, alloc_cb, pp_server_read);
}
static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}
static void pp_send(pp_client *c) {
  uv_buf_t b = uv_buf_init(pp.msg, 64);
  c->sent_at = now_ns();
  int r = uv_try_write((uv_stream_t *)&c->tcp, &b, 1);
  if (r == 64) return;
  if (r < 0) r = 0;
  b = uv_buf_init(pp.msg + r, 64 - r);
  uv_write(&c->wreq, (uv_stream_t *)&c->tcp, &b, 1, NULL);
}
static void pp_closed(uv_handle_t *h) {
  (void)h;
  if (++pp.done < pp.conns) return;
  double secs = (now_ns() - pp.start) / 1e9;
  char name[128];
  qsort(pp.lat, pp.nlat, sizeof(double), cmp_double);
  snprintf(name, sizeof name, "%s.rtt_per_sec", pp.name);
  metric(name, pp.nlat / secs, "rt/s", "higher");
  snprintf(name, sizeof name, "%s.p50", pp.name);
  metric(name, pp.lat[(size_t)(pp.nlat * 0.5)] / 1000, "us", "lower");
  snprintf(name, sizeof name, "%s.p99", pp.name);
  metric(name, pp.lat[(size_t)(pp.nlat * 0.99)] / 1000, "us", "lower");
  uv_close((uv_handle_t *)&pp.server, NULL);
}
static void pp_client_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  pp_client *c = (pp_client *)s;
  if (n < 0) { uv_close((uv_handle_t *)s, pp_closed); return; }
  c->got += n;
  if (c->got < 64) return;
  c->got -= 64;
  double t = now_ns();
  pp.lat[pp.nlat++] = t - c->sent_at;
  if (++c->trips < pp.trips_per_conn && t < pp.deadline) pp_send(c);
  else uv_close((uv_handle_t *)s, pp_closed);
}
static void pp_connected(uv_connect_t *req, int status) {
  (void)req;
  check(status, "connect");
  if (++pp.connected < pp.conns) return;
  pp.start = now_ns();
  pp.deadline = pp.start + 8e9;
  for (int i = 0; i < pp.conns; i++) {
    uv_read_start((uv_stream_t *)&pp.clients[i].tcp, alloc_cb, pp_client_read);
    pp_send(&pp.clients[i]);
  }
}
static void run_pingpong(int conns, int trips, const char *name) {
  memset(&pp, 0, sizeof pp);
  pp.conns = conns;
  pp.trips_per_conn = trips;
  pp.name = name;
  memset(pp.msg, 'p', sizeof pp.msg);
  pp.lat = malloc(sizeof(double) * conns * trips);
  pp.clients = calloc(conns, sizeof(pp_client));
  int port = listen_loopback(&pp.server, pp_on_conn, 1024);
  for (int i = 0; i < conns; i++) {
    connect_loopback(&pp.clients[i].tcp, &pp.clients[i].conn, port, pp_connected);
    uv_tcp_nodelay(&pp.clients[i].tcp, 1);
  }
  uv_run(loop, UV_RUN_DEFAULT);
  free(pp.lat);
  free(pp.clients);
}

/* ---------------- connect storm ---------------- */
typedef struct { uv_tcp_t tcp; uv_connect_t conn; uv_shutdown_t sreq; } storm_conn;
static struct { uv_tcp_t server; int port, started, closed, errors, total; double start, deadline; } st;

static void st_peer_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  if (n < 0) uv_close((uv_handle_t *)s, free_on_close);
}
static void st_on_conn(uv_stream_t *server, int status) {
  if (status < 0) return;
  storm_conn *p = malloc(sizeof *p);
  uv_tcp_init(loop, &p->tcp);
  uv_accept(server, (uv_stream_t *)&p->tcp);
  uv_read_start((uv_stream_t *)&p->tcp, alloc_cb, st_peer_read);
  uv_shutdown(&p->sreq, (uv_stream_t *)&p->tcp, NULL);
}
static void st_one(void);
static void st_closed(uv_handle_t *h) {
  free(h);
  st.closed++;
  if (st.started < st.total && now_ns() < st.deadline) st_one();
  else if (st.closed == st.started) {
    metric("net.connect_storm", (st.closed - st.errors) / ((now_ns() - st.start) / 1e9), "conn/s", "higher");
    uv_close((uv_handle_t *)&st.server, NULL);
  }
}
static void st_client_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  if (n < 0) uv_close((uv_handle_t *)s, st_closed);
}
static void st_connected(uv_connect_t *req, int status) {
  storm_conn *c = (storm_conn *)req->handle;
  if (status < 0) { st.errors++; uv_close((uv_handle_t *)c, st_closed); return; }
  uv_read_start((uv_stream_t *)c, alloc_cb, st_client_read);
}
static void st_one(void) {
  st.started++;
  storm_conn *c = malloc(sizeof *c);
  connect_loopback(&c->tcp, &c->conn, st.port, st_connected);
}
static void run_storm(void) {
  memset(&st, 0, sizeof st);
  st.total = 20000;
  st.port = listen_loopback(&st.server, st_on_conn, 1024);
  st.start = now_ns();
  st.deadline = st.start + 15e9;
  for (int i = 0; i < 500; i++) st_one();
  uv_run(loop, UV_RUN_DEFAULT);
}

/* ---------------- idle connections ---------------- */
static struct { uv_tcp_t server; uv_tcp_t **peers; storm_conn *clients; int n, accepted, connected, port; } idl;

static size_t rss_bytes(void) {
  long pages = 0, resident = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if (!f || fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
  if (f) fclose(f);
  return (size_t)resident * 4096;
}
static void idl_on_conn(uv_stream_t *server, int status) {
  if (status < 0) return;
  uv_tcp_t *p = malloc(sizeof *p);
  uv_tcp_init(loop, p);
  uv_accept(server, (uv_stream_t *)p);
  uv_read_start((uv_stream_t *)p, alloc_cb, st_peer_read);
  idl.peers[idl.accepted++] = p;
}
static void idl_batch(void);
static void idl_connected(uv_connect_t *req, int status) {
  check(status, "connect");
  uv_read_start(req->handle, alloc_cb, st_peer_read);
  if (++idl.connected % 500 == 0 && idl.connected < idl.n) idl_batch();
  if (idl.connected == idl.n) uv_stop(loop);
}
static void idl_batch(void) {
  for (int i = idl.connected; i < idl.connected + 500 && i < idl.n; i++)
    connect_loopback(&idl.clients[i].tcp, &idl.clients[i].conn, idl.port, idl_connected);
}
static void close_walk(uv_handle_t *h, void *arg) { (void)arg; if (!uv_is_closing(h)) uv_close(h, NULL); }
static void run_idle(void) {
  memset(&idl, 0, sizeof idl);
  idl.n = 5000;
  idl.peers = calloc(idl.n, sizeof(uv_tcp_t *));
  idl.port = listen_loopback(&idl.server, idl_on_conn, 1024);
  size_t before = rss_bytes();
  idl.clients = calloc(idl.n, sizeof(storm_conn));
  idl_batch();
  uv_run(loop, UV_RUN_DEFAULT);
  while (idl.accepted < idl.n) uv_run(loop, UV_RUN_ONCE);
  size_t after = rss_bytes();
  metric("net.idle_conn_pair_rss", (after - before) / 1024.0 / idl.n, "KiB", "lower");
  metric("net.idle_5000_pairs_total_rss", after / (1024.0 * 1024.0), "MiB", "lower");
  uv_walk(loop, close_walk, NULL);
  uv_run(loop, UV_RUN_DEFAULT);
  for (int i = 0; i < idl.n; i++) free(idl.peers[i]);
  free(idl.peers);
  free(idl.clients);
}

/* ---------------- listen then close ---------------- */
static void run_listen_close(void) {
  uv_tcp_t server;
  listen_loopback(&server, NULL, 128);
  uv_close((uv_handle_t *)&server, NULL);
  uv_run(loop, UV_RUN_DEFAULT);
}

/* --- http: the fixed hello response for every request head ("\r\n\r\n") ---------- */
struct http_conn {
  uv_tcp_t tcp;
  int matched;    /* how much of "\r\n\r\n" the previous read ended with */
  int close_req;  /* a "Connection: close" request was seen */
};
static const char kHelloKeepAlive[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n"
    "Date: Thu, 01 Jan 2026 00:00:00 GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n"
    "hello world\n";
static const char kHelloClose[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n"
    "Date: Thu, 01 Jan 2026 00:00:00 GMT\r\nConnection: close\r\n\r\nhello world\n";

static void http_after_write(uv_write_t *req, int status) {
  (void)status;
  free(req);
}
static void http_respond(struct http_conn *c) {
  uv_buf_t buf = c->close_req ? uv_buf_init((char *)kHelloClose, sizeof kHelloClose - 1)
                              : uv_buf_init((char *)kHelloKeepAlive, sizeof kHelloKeepAlive - 1);
  int n = uv_try_write((uv_stream_t *)&c->tcp, &buf, 1);
  if (n < 0) n = 0;
  if ((size_t)n < buf.len) {
    uv_write_t *req = malloc(sizeof *req);
    buf.base += n;
    buf.len -= n;
    uv_write(req, (uv_stream_t *)&c->tcp, &buf, 1, http_after_write);
  }
  if (c->close_req) uv_close((uv_handle_t *)&c->tcp, free_on_close);
}
static void http_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  struct http_conn *c = (struct http_conn *)s;
  if (n < 0) {
    uv_close((uv_handle_t *)s, free_on_close);
    return;
  }
  static const char end[] = "\r\n\r\n";
  for (ssize_t i = 0; i < n; i++) {
    char ch = buf->base[i];
    c->matched = ch == end[c->matched] ? c->matched + 1 : (ch == '\r' ? 1 : 0);
    if ((ch == 'c' || ch == 'C') && n - i >= 5 && !strncasecmp(buf->base + i, "close", 5)) c->close_req = 1;
    if (c->matched == 4) {
      c->matched = 0;
      http_respond(c);
      if (c->close_req) return;
    }
  }
}
static void http_on_connection(uv_stream_t *server, int status) {
  check(status, "accept");
  struct http_conn *c = calloc(1, sizeof *c);
  uv_tcp_init(loop, &c->tcp);
  check(uv_accept(server, (uv_stream_t *)&c->tcp), "accept");
  uv_tcp_nodelay(&c->tcp, 1);
  uv_read_start((uv_stream_t *)&c->tcp, alloc_cb, http_read);
}
static void run_http(void) {
  static uv_tcp_t server;
  printf("%d\n", listen_loopback(&server, http_on_connection, 511));
  fflush(stdout);
  uv_run(loop, UV_RUN_DEFAULT);
}

int main(int argc, char **argv) {
  loop = uv_default_loop();
  const char *mode = argc > 1 ? argv[1] : "all";
  size_t len = strlen(mode);
  if (len > 3 && strcmp(mode + len - 3, ".js") == 0) {
    run_listen_close();
  } else if (!strcmp(mode, "throughput") && argc > 3) {
    run_throughput((size_t)atol(argv[2]), argv[3], 15);
  } else if (!strcmp(mode, "pingpong") && argc > 4) {
    run_pingpong(atoi(argv[2]), atoi(argv[3]), argv[4]);
  } else if (!strcmp(mode, "storm")) {
    run_storm();
  } else if (!strcmp(mode, "idle")) {
    run_idle();
  } else if (!strcmp(mode, "http")) {
    run_http();
  } else if (!strcmp(mode, "all")) {
    run_throughput(65536, "net.throughput.64k", 15);
    run_throughput(1024, "net.throughput.1k", 10);
    run_pingpong(1, 50000, "net.pingpong.1conn");
    run_pingpong(100, 2000, "net.pingpong.100conn");
    run_storm();
    run_idle();
  } else {
    fprintf(stderr, "usage: ceiling all|throughput CHUNK NAME|pingpong CONNS TRIPS NAME|storm|idle|http|FILE.js\n");
    return 2;
  }
  return 0;
}
