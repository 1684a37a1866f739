/*
 * core.c -- throughput and peak memory of the core parser, per input file.
 * Peak memory is the most the arena held at once, as a multiple of the
 * input's size; it is all released after each parse (gdr_ctx_free).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gdr_core.h"

static size_t live,
			peak;

static void *
count_alloc(void *actx, size_t n)
{
	size_t	   *p = malloc(n + 16);

	if (!p)
		return NULL;
	p[0] = n;
	live += n;
	if (live > peak)
		peak = live;
	return (char *) p + 16;
}

static void
count_free(void *actx, void *ptr)
{
	size_t	   *p = (size_t *) ((char *) ptr - 16);

	live -= p[0];
	free(p);
}

static const gdr_env env = {count_alloc, count_free, NULL, NULL, NULL};

int
main(int argc, char **argv)
{
	int			i;
	double		total_bytes = 0,
				total_secs = 0;

	for (i = 1; i < argc; i++)
	{
		FILE	   *f = fopen(argv[i], "rb");
		char	   *buf;
		long		n;
		int			reps,
					k;
		struct timespec t0,
					t1;
		double		secs;

		if (!f)
			continue;
		fseek(f, 0, SEEK_END);
		n = ftell(f);
		fseek(f, 0, SEEK_SET);
		buf = malloc(n + 1);
		if (fread(buf, 1, n, f) != (size_t) n)
			n = 0;
		fclose(f);
		reps = (int) (20000000L / (n + 1)) + 1;
		peak = 0;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		for (k = 0; k < reps; k++)
		{
			gdr_ctx		ctx;
			gdr_report *r;

			gdr_ctx_init(&ctx, &env);
			gdr_parse(&ctx, buf, n, &r);
			gdr_ctx_free(&ctx);
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
		printf("  %-32s %7ld bytes  %7.1f MB/s  peak memory %5.1f x input  (live after: %zu)\n",
			   strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i],
			   n, (double) n * reps / secs / 1048576.0, (double) peak / (n ? n : 1), live);
		total_bytes += (double) n * reps;
		total_secs += secs;
		free(buf);
	}
	printf("  all files: %.1f MB/s\n", total_bytes / total_secs / 1048576.0);
	return 0;
}
