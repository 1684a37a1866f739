/*
 * fuzz_parse.c -- libFuzzer target for the whole core parser.
 *
 * Every input is parsed twice with gdr_parse(): once with the malloc
 * environment (the report, if any, is then checked for internal
 * consistency and fed to gdr_check), and once with an environment whose
 * tick cancels, the first tick being moved to an input-dependent point so
 * that the cancel path is exercised at many places inside the stages.
 *
 * Built with -DGDR_FUZZ_REPLAY it gets a main() that replays every file of
 * the directories (or files) named on the command line, each in a forked
 * child, and prints TAP: deterministic, for `make test` (test/fuzz.sh
 * replay).
 */
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ASSERT(cond) do { if (!(cond)) { \
	fprintf(stderr, "fuzz_parse: assertion failed: %s (%s:%d)\n", \
			#cond, __FILE__, __LINE__); abort(); } } while (0)

typedef struct tick_state
{
	unsigned	calls;
	unsigned	limit;
} tick_state;

static int
cancel_tick(void *arg)
{
	tick_state *t = arg;

	return ++t->calls >= t->limit;
}

static bool
check_cb(void *arg, const gdr_check_row *row)
{
	int		   *n = arg;

	FUZZ_ASSERT(row->rule != NULL);
	FUZZ_ASSERT(row->scale == 0 || row->scale == 6);
	if (row->detail)
		(void) strlen(row->detail);
	if (row->path)
		(void) strlen(row->path);
	return ++*n < 100000;
}

/* What must hold of any report gdr_parse() returns. */
static void
check_report(gdr_ctx *ctx, const gdr_report *r)
{
	int			i;
	int			n = 0;
	gdr_check_summary sum;

	for (i = 0; i < GDR_NSLOTS; i++)
	{
		if (r->st[i] & GDR_ST_VALUE)
			FUZZ_ASSERT(r->st[i] & GDR_ST_PRESENT);
		if ((r->st[i] & GDR_ST_VALUE) &&
			(gdr_slots[i].kind == GDR_COUNT || gdr_slots[i].kind == GDR_MONEY))
			FUZZ_ASSERT(r->val[i] >= 0);
	}
	if (r->agency)
		(void) strlen(r->agency);
	FUZZ_ASSERT(memchr(r->published, '\0', sizeof(r->published)) != NULL);
	FUZZ_ASSERT(r->nwarnings >= 0 && r->nwarnings <= r->maxwarnings);
	for (i = 0; i < r->nwarnings; i++)
	{
		FUZZ_ASSERT(r->warnings[i].code != NULL);
		if (r->warnings[i].message)
			(void) strlen(r->warnings[i].message);
	}
	FUZZ_ASSERT(r->nextras >= 0 && r->nextras <= r->maxextras);
	for (i = 0; i < r->nextras; i++)
	{
		const gdr_extra *e = &r->extras[i];
		int			j;

		FUZZ_ASSERT(e->section != NULL && e->nvalues >= 0);
		if (e->label)
			(void) strlen(e->label);
		for (j = 0; j < e->nvalues; j++)
			if (!e->isnull[j])
				(void) e->values[j];
	}
	memset(&sum, 0, sizeof(sum));
	if (gdr_check(ctx, r, 0, check_cb, &n, &sum) == GDR_OK)
		FUZZ_ASSERT(sum.failed >= 0 && sum.checked >= 0);
}

static void
run_once(const gdr_env *env, unsigned first_tick, const uint8_t *data,
		 size_t size)
{
	gdr_ctx		ctx;
	gdr_report *r = NULL;
	gdr_status	st;

	gdr_ctx_init(&ctx, env);
	if (first_tick)
		ctx.tick_budget = first_tick;
	st = gdr_parse(&ctx, (const char *) data, size, &r);
	if (st == GDR_OK)
	{
		FUZZ_ASSERT(r != NULL);
		check_report(&ctx, r);
	}
	else
	{
		FUZZ_ASSERT(st == GDR_ECANCEL || st == GDR_ENOMEM);
		FUZZ_ASSERT(r == NULL);
		FUZZ_ASSERT(env->tick != NULL || st == GDR_ENOMEM);
	}
	gdr_ctx_free(&ctx);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gdr_env		env = gdr_env_malloc;
	tick_state	ts;
	uint32_t	h = 2166136261u;
	size_t		i;

	run_once(&gdr_env_malloc, 0, data, size);

	/* cancel at the first tick, which comes after an input-dependent
	 * amount of work (FNV-1a of the first bytes) */
	for (i = 0; i < size && i < 64; i++)
		h = (h ^ data[i]) * 16777619u;
	ts.calls = 0;
	ts.limit = 1;
	env.tick = cancel_tick;
	env.tctx = &ts;
	run_once(&env, 1 + h % (unsigned) (size + 1), data, size);
	return 0;
}

#ifdef GDR_FUZZ_REPLAY

#include <dirent.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static int	ntests = 0;
static int	nfailed = 0;

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static void
replay_file(const char *path)
{
	FILE	   *f;
	uint8_t    *buf;
	long		n;
	pid_t		pid;
	int			status = 0;

	ntests++;
	f = fopen(path, "rb");
	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0)
	{
		printf("not ok %d - %s (cannot read)\n", ntests, path);
		nfailed++;
		if (f)
			fclose(f);
		return;
	}
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (buf == NULL || fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		printf("not ok %d - %s (cannot read)\n", ntests, path);
		nfailed++;
		free(buf);
		fclose(f);
		return;
	}
	fclose(f);
	fflush(stdout);
	pid = fork();
	if (pid == 0)
	{
		LLVMFuzzerTestOneInput(buf, (size_t) n);
		free(buf);
		exit(0);
	}
	free(buf);
	if (pid < 0 || waitpid(pid, &status, 0) < 0)
	{
		printf("not ok %d - %s (fork failed)\n", ntests, path);
		nfailed++;
	}
	else if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		printf("ok %d - %s\n", ntests, path);
	else
	{
		nfailed++;
		if (WIFSIGNALED(status))
			printf("not ok %d - %s (signal %d)\n", ntests, path, WTERMSIG(status));
		else
			printf("not ok %d - %s (exit %d)\n", ntests, path, WEXITSTATUS(status));
	}
}

static void
replay_path(const char *path)
{
	struct stat sb;
	DIR		   *d;
	struct dirent *e;
	char	  **names = NULL;
	size_t		nnames = 0,
				cap = 0,
				i;

	if (stat(path, &sb) != 0)
	{
		printf("# skipping %s: not found\n", path);
		return;
	}
	if (!S_ISDIR(sb.st_mode))
	{
		replay_file(path);
		return;
	}
	d = opendir(path);
	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL)
	{
		char	   *full;
		struct stat fs;

		if (e->d_name[0] == '.')
			continue;
		full = malloc(strlen(path) + strlen(e->d_name) + 2);
		if (full == NULL)
			abort();
		snprintf(full, strlen(path) + strlen(e->d_name) + 2, "%s/%s",
				 path, e->d_name);
		if (stat(full, &fs) != 0 || !S_ISREG(fs.st_mode))
		{
			free(full);
			continue;
		}
		if (nnames == cap)
		{
			cap = cap ? cap * 2 : 64;
			names = realloc(names, cap * sizeof(char *));
			if (names == NULL)
				abort();
		}
		names[nnames++] = full;
	}
	closedir(d);
	if (nnames)
		qsort(names, nnames, sizeof(char *), cmp_str);
	for (i = 0; i < nnames; i++)
	{
		replay_file(names[i]);
		free(names[i]);
	}
	free(names);
}

int
main(int argc, char **argv)
{
	int			i;

	for (i = 1; i < argc; i++)
		replay_path(argv[i]);
	printf("1..%d\n", ntests);
	return nfailed ? 1 : 0;
}

#endif							/* GDR_FUZZ_REPLAY */
