// ParserCore (src/modules/http/HttpParser.h): llhttp plus Node's bookkeeping, driven
// without JS through a recording delegate.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "modules/http/HttpParser.h"

using protojs::http::ParserCore;

namespace {

struct Recorder : ParserCore::Delegate {
  ParserCore* core = nullptr;
  std::vector<std::string> events;
  std::vector<std::string> headers;  // flat name, value, ...
  std::string url, body;
  int headersCompleteResult = 0;
  bool pauseOnComplete = false;

  void takeHead() {
    for (size_t i = 0; i < core->pairCount(); i++) {
      headers.push_back(core->fieldName(i));
      headers.emplace_back(core->fieldValue(i));
    }
    url += core->url();
  }
  int onMessageBegin() override {
    events.push_back("begin");
    return 0;
  }
  int onHeaders() override {
    events.push_back("headers");
    takeHead();
    return 0;
  }
  int onHeadersComplete() override {
    events.push_back("complete-head");
    takeHead();
    return headersCompleteResult;
  }
  int onBody(const char* at, size_t len) override {
    events.push_back("body");
    body.append(at, len);
    return 0;
  }
  int onMessageComplete() override {
    events.push_back("end");
    if (pauseOnComplete) core->pause();
    return 0;
  }
};

struct ParserTest : ::testing::Test {
  ParserCore core;
  Recorder rec;
  void SetUp() override {
    rec.core = &core;
    core.setDelegate(&rec);
  }
  ParserCore::Result run(const std::string& s) { return core.execute(s.data(), s.size()); }
};

TEST_F(ParserTest, SimpleRequestHead) {
  core.init(HTTP_REQUEST, 0, 0);
  auto r = run("GET /a?b=1 HTTP/1.1\r\nHost: x\r\nX-Two:  v  \r\n\r\n");
  EXPECT_EQ(r.err, HPE_OK);
  EXPECT_EQ(rec.url, "/a?b=1");
  EXPECT_EQ(rec.headers, (std::vector<std::string>{"Host", "x", "X-Two", "v"}));
  EXPECT_EQ(rec.events, (std::vector<std::string>{"begin", "complete-head", "end"}));
  EXPECT_EQ(core.raw().method, HTTP_GET);
  EXPECT_TRUE(llhttp_should_keep_alive(&core.raw()));
}

TEST_F(ParserTest, EmptyHeaderValueKeepsPairsAligned) {
  core.init(HTTP_REQUEST, 0, 0);
  auto r = run("GET / HTTP/1.1\r\nX-Empty:\r\nX-B: b\r\n\r\n");
  EXPECT_EQ(r.err, HPE_OK);
  EXPECT_EQ(rec.headers, (std::vector<std::string>{"X-Empty", "", "X-B", "b"}));
}

TEST_F(ParserTest, HeadSplitAcrossReadsByteByByte) {
  core.init(HTTP_REQUEST, 0, 0);
  std::string msg = "POST /path HTTP/1.1\r\nContent-Length: 5\r\nX-Long-Name: long value\r\n\r\nhello";
  for (char c : msg) ASSERT_EQ(core.execute(&c, 1).err, HPE_OK);
  EXPECT_EQ(rec.url, "/path");
  EXPECT_EQ(rec.headers,
            (std::vector<std::string>{"Content-Length", "5", "X-Long-Name", "long value"}));
  EXPECT_EQ(rec.body, "hello");
}

TEST_F(ParserTest, ChunkedBodyAndTrailers) {
  core.init(HTTP_REQUEST, 0, 0);
  auto r = run("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
               "3\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n");
  EXPECT_EQ(r.err, HPE_OK);
  EXPECT_EQ(rec.body, "abcde");
  EXPECT_EQ(rec.events.back(), "end");
  EXPECT_EQ(rec.events[rec.events.size() - 2], "headers");
  EXPECT_EQ(rec.headers.back(), "t");
}

TEST_F(ParserTest, ManyHeadersFlushEarly) {
  core.init(HTTP_REQUEST, 0, 0);
  std::string msg = "GET /u HTTP/1.1\r\n";
  for (int i = 0; i < 40; i++) msg += "H" + std::to_string(i) + ": " + std::to_string(i) + "\r\n";
  msg += "\r\n";
  ASSERT_EQ(run(msg).err, HPE_OK);
  EXPECT_EQ(rec.events[1], "headers");  // first 31 pairs flushed early
  EXPECT_EQ(rec.headers.size(), 80u);
  EXPECT_EQ(rec.headers[78], "H39");
  EXPECT_EQ(rec.url, "/u");
}

TEST_F(ParserTest, HeaderOverflowIsNodesError) {
  core.init(HTTP_REQUEST, 100, 0);
  auto r = run("GET / HTTP/1.1\r\nX: " + std::string(200, 'a') + "\r\n\r\n");
  EXPECT_EQ(r.err, HPE_USER);
  EXPECT_EQ(r.code, "HPE_HEADER_OVERFLOW");
  EXPECT_EQ(r.reason, "Header overflow");
}

TEST_F(ParserTest, ContentLengthWithTransferEncodingRejected) {
  core.init(HTTP_REQUEST, 0, 0);
  auto r = run("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n");
  EXPECT_NE(r.err, HPE_OK);
  EXPECT_EQ(r.code, "HPE_INVALID_TRANSFER_ENCODING");
}

TEST_F(ParserTest, DuplicateContentLengthRejected) {
  core.init(HTTP_REQUEST, 0, 0);
  auto r = run("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc");
  EXPECT_EQ(r.code, "HPE_UNEXPECTED_CONTENT_LENGTH");
  EXPECT_EQ(r.reason, "Duplicate Content-Length");
}

TEST_F(ParserTest, InvalidChunkSize) {
  core.init(HTTP_REQUEST, 0, 0);
  auto r = run("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
  EXPECT_EQ(r.code, "HPE_INVALID_CHUNK_SIZE");
}

TEST_F(ParserTest, InvalidMethodReportsPosition) {
  core.init(HTTP_REQUEST, 0, 0);
  auto r = run("G@T / HTTP/1.1\r\n\r\n");
  EXPECT_EQ(r.code, "HPE_INVALID_METHOD");
  EXPECT_EQ(r.nread, 1u);  // the position of the bad byte
}

TEST_F(ParserTest, UpgradeStopsAfterHead) {
  core.init(HTTP_REQUEST, 0, 0);
  std::string head = "GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n";
  auto r = run(head + "RAWBYTES");
  EXPECT_EQ(r.err, HPE_OK);
  EXPECT_EQ(r.nread, head.size());
  EXPECT_TRUE(core.raw().upgrade);
}

TEST_F(ParserTest, PipelinedRequestsAndPauseFromCallback) {
  core.init(HTTP_REQUEST, 0, 0);
  rec.pauseOnComplete = true;
  std::string one = "GET /1 HTTP/1.1\r\n\r\n";
  auto r = run(one + "GET /2 HTTP/1.1\r\n\r\n");
  // The pause takes effect when execute returns: both messages were parsed.
  EXPECT_EQ(r.nread, 2 * one.size());
  EXPECT_EQ(rec.url, "/1/2");
  auto again = run("GET /3 HTTP/1.1\r\n\r\n");
  EXPECT_EQ(again.nread, 0u);  // paused
  core.resume();
  rec.pauseOnComplete = false;
  EXPECT_EQ(run("GET /3 HTTP/1.1\r\n\r\n").err, HPE_OK);
  EXPECT_EQ(rec.url, "/1/2/3");
}

TEST_F(ParserTest, ResponseSkipsBodyWhenAsked) {
  core.init(HTTP_RESPONSE, 0, 0);
  rec.headersCompleteResult = 1;  // a response to HEAD
  auto r = run("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n");
  EXPECT_EQ(r.err, HPE_OK);
  EXPECT_EQ(core.statusMessage(), "OK");
  EXPECT_EQ(rec.events.back(), "end");
  EXPECT_EQ(core.raw().status_code, 200);
}

TEST_F(ParserTest, ResponseUntilEofNeedsFinish) {
  core.init(HTTP_RESPONSE, 0, 0);
  ASSERT_EQ(run("HTTP/1.0 200 OK\r\n\r\nbody until close").err, HPE_OK);
  EXPECT_NE(rec.events.back(), "end");
  EXPECT_EQ(core.finish().err, HPE_OK);
  EXPECT_EQ(rec.events.back(), "end");
  EXPECT_EQ(rec.body, "body until close");
}

TEST_F(ParserTest, Http10RequestIsNotKeepAlive) {
  core.init(HTTP_REQUEST, 0, 0);
  ASSERT_EQ(run("GET / HTTP/1.0\r\n\r\n").err, HPE_OK);
  EXPECT_FALSE(llhttp_should_keep_alive(&core.raw()));
}

}  // namespace
