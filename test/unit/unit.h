/*
 * unit.h -- a tiny TAP producer for the core's unit tests.
 *
 * Each test/unit/test_*.c is a program whose main() calls the checks below
 * and ends with `return unit_done();`.  It prints TAP ("ok 3 - name",
 * "not ok 4 - name" with a diagnostic) and exits non-zero on any failure;
 * test/run-tests.sh counts the lines.
 */
#ifndef GDR_UNIT_H
#define GDR_UNIT_H

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int	unit_n = 0;
static int	unit_failed = 0;

#define UNIT_OK(cond, ...) do { \
	unit_n++; \
	if (cond) { printf("ok %d - ", unit_n); printf(__VA_ARGS__); printf("\n"); } \
	else { unit_failed++; printf("not ok %d - ", unit_n); printf(__VA_ARGS__); \
		   printf("\n#   at %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define UNIT_EQ_INT(got, want, ...) do { \
	long long unit_g_ = (long long) (got), unit_w_ = (long long) (want); \
	unit_n++; \
	if (unit_g_ == unit_w_) { printf("ok %d - ", unit_n); printf(__VA_ARGS__); printf("\n"); } \
	else { unit_failed++; printf("not ok %d - ", unit_n); printf(__VA_ARGS__); \
		   printf("\n#   at %s:%d: got %lld, want %lld\n", __FILE__, __LINE__, unit_g_, unit_w_); } \
} while (0)

#define UNIT_EQ_STR(got, want, ...) do { \
	const char *unit_g_ = (got), *unit_w_ = (want); \
	unit_n++; \
	if (unit_g_ && unit_w_ && strcmp(unit_g_, unit_w_) == 0) { printf("ok %d - ", unit_n); printf(__VA_ARGS__); printf("\n"); } \
	else { unit_failed++; printf("not ok %d - ", unit_n); printf(__VA_ARGS__); \
		   printf("\n#   at %s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
				  unit_g_ ? unit_g_ : "(null)", unit_w_ ? unit_w_ : "(null)"); } \
} while (0)

static inline int
unit_done(void)
{
	printf("1..%d\n", unit_n);
	return unit_failed ? 1 : 0;
}

#endif
