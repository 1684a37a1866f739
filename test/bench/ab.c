/*
 * ab.c -- time two builds of the core against each other in one process:
 * both are loaded as shared objects (RTLD_LOCAL keeps their symbols and
 * static tables apart), warmed up, then run over the same inputs in
 * alternation (GDR_AB_ROUNDS rounds, default 200), so that the machine's
 * drift (25% within minutes on the development machine) falls on both
 * alike.  Prints B's time over A's: best round, total, and the median of
 * the rounds' own ratios (each round times A and B back to back; the most
 * stable of the three).  Instruction counts (callgrind) are not
 * enough: a table-driven loop can run fewer instructions and be slower.
 * Use through test/bench/ab.sh.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "gdr_core.h"
#include "testutil.h"
typedef gdr_status (*parse_fn)(gdr_ctx *, const char *, size_t, gdr_report **);
typedef void (*init_fn)(gdr_ctx *, const gdr_env *);
typedef void (*free_fn)(gdr_ctx *);
static int cmp_double(const void *a, const void *b) { double x = *(const double *) a, y = *(const double *) b; return (x > y) - (x < y); }
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
int main(int argc, char **argv) {
  void *h[2]; parse_fn P[2]; init_fn I[2]; free_fn F[2]; const gdr_env *E[2]; int k, f, r, n = argc - 3; char *txt[256]; size_t len[256];
  double tot[2] = {0, 0}, best[2] = {1e9, 1e9}, tr[2]; int R = getenv("GDR_AB_ROUNDS") ? atoi(getenv("GDR_AB_ROUNDS")) : 200; double *ratio = malloc(sizeof(double) * (R > 0 ? R : 1));
  for (k = 0; k < 2; k++) { h[k] = dlopen(argv[1 + k], RTLD_NOW | RTLD_LOCAL); if (!h[k]) { puts(dlerror()); return 1; }
    P[k] = (parse_fn) dlsym(h[k], "gdr_parse"); I[k] = (init_fn) dlsym(h[k], "gdr_ctx_init"); F[k] = (free_fn) dlsym(h[k], "gdr_ctx_free"); E[k] = dlsym(h[k], "gdr_env_malloc"); }
  for (f = 0; f < n; f++) txt[f] = tu_read_file(argv[3 + f], &len[f]);
  for (k = 0; k < 2; k++) for (f = 0; f < n; f++) { gdr_ctx c; gdr_report *rp; I[k](&c, E[k]); P[k](&c, txt[f], len[f], &rp); F[k](&c); }
  for (r = 0; r < R; r++) { for (k = 0; k < 2; k++) { int w = (r & 1) ? k : 1 - k; double t0 = now(); int rep;
    for (rep = 0; rep < 3; rep++) for (f = 0; f < n; f++) { gdr_ctx c; gdr_report *rp; I[w](&c, E[w]); P[w](&c, txt[f], len[f], &rp); F[w](&c); }
    double t = now() - t0; tot[w] += t; tr[w] = t; if (t < best[w]) best[w] = t; }
    ratio[r] = tr[1] / tr[0]; }
  qsort(ratio, R, sizeof(double), cmp_double);
  printf("B/A time: best %.3f  total %.3f  median of rounds %.3f (%d rounds)\n", best[1] / best[0], tot[1] / tot[0], ratio[R / 2], R);
  return 0; }
