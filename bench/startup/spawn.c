// Start-up timer: spawns a command N times (posix_spawn, no shell in between) and
// prints the median wall time and the mean CPU time per run, in milliseconds.
// Usage: spawn N command [args...]
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char** environ;

static double nowMs(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int cmp(const void* a, const void* b) {
  double x = *(const double*)a, y = *(const double*)b;
  return (x > y) - (x < y);
}

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  int n = atoi(argv[1]);
  double* t = calloc((size_t)n, sizeof(double));
  for (int i = 0; i < n; i++) {
    pid_t pid;
    double start = nowMs();
    if (posix_spawn(&pid, argv[2], NULL, NULL, argv + 2, environ) != 0) return 1;
    int status;
    waitpid(pid, &status, 0);
    t[i] = nowMs() - start;
  }
  qsort(t, (size_t)n, sizeof(double), cmp);
  struct rusage ru;
  getrusage(RUSAGE_CHILDREN, &ru);
  double cpu = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
               (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
  printf("%.2f %.2f\n", t[n / 2], cpu / n);
  free(t);
  return 0;
}
