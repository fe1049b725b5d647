#include "loop/IOThreadPool.h"

#include <memory>

#include "loop/EventLoop.h"

namespace protojs {

namespace {
struct Job {
  uv_work_t req;
  IOThreadPool::Work work;
  IOThreadPool::Done done;
};
}  // namespace

int IOThreadPool::submit(Work work, Done done) {
  auto job = std::make_unique<Job>();
  job->req.data = job.get();
  job->work = std::move(work);
  job->done = std::move(done);
  int err = uv_queue_work(
      loop_.uv(), &job->req,
      [](uv_work_t* req) { static_cast<Job*>(req->data)->work(); },
      [](uv_work_t* req, int status) {
        std::unique_ptr<Job> owned(static_cast<Job*>(req->data));
        owned->done(status);
      });
  if (err == 0) job.release();  // owned by the request until its after-callback
  return err;
}

}  // namespace protojs
