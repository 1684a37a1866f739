# gdr -- PostgreSQL extension (PGXS).
#
#   make            build the extension
#   make install    install into the server that PG_CONFIG names
#   make demo       set up everything on a fresh Debian 12 machine and run the demo
#   make test       set up everything and run every test; ends with "N passed, N failed"
#   make bench      parser throughput against sum(length(raw)), as ratios
#   make fuzz       bounded libFuzzer run of the core parser (clang)

EXTENSION  = gdr
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" gdr.control)

MODULE_big = gdr
CORE_SRCS  = $(sort $(wildcard src/core/*.c))
GLUE_SRCS  = $(sort $(wildcard src/*.c))
OBJS       = $(GLUE_SRCS:.c=.o) $(CORE_SRCS:.c=.o)

# one hand-edited install script per concern under sql/install/, joined in
# name order into the versioned script; upgrade scripts are kept forever
DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql
DATA       = $(filter-out $(DATA_built),$(wildcard sql/$(EXTENSION)--*--*.sql))

# pg_regress suites: every sql/*.sql that is not an install/upgrade script
REGRESS      = $(sort $(patsubst sql/%.sql,%,$(filter-out sql/$(EXTENSION)%,$(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)
EXTRA_CLEAN  = test/build

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
ICU_LIBS   := $(shell pkg-config --libs icu-uc icu-i18n 2>/dev/null || echo -licui18n -licuuc -licudata)

PG_CPPFLAGS = -I$(srcdir)/src/core $(ICU_CFLAGS)
PG_CFLAGS   = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare
SHLIB_LINK  = $(ICU_LIBS)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# The core's functions are internal to gdr.so: hidden, they are called
# directly (not through the PLT) and may be inlined across the core (a
# global function in -fPIC code may be interposed, so GCC does not inline
# it).  Only the glue's SQL-callable functions are exported.
$(CORE_SRCS:.c=.o): CFLAGS += -fvisibility=hidden

# PGXS tracks no header dependencies: every object depends on every header
# (a slot added to gdr_core.h changes the arrays the glue sizes with it)
$(OBJS): $(wildcard src/*.h src/core/*.h)

sql/$(EXTENSION)--$(EXTVERSION).sql: $(sort $(wildcard sql/install/*.sql)) gdr.control
	cat $(sort $(wildcard sql/install/*.sql)) > $@

.PHONY: demo test bench fuzz unit corpus deps
deps:
	bash test/deps.sh
demo: deps
	bash test/demo.sh
test: deps
	bash test/run-tests.sh
bench: deps
	bash test/bench.sh
fuzz:
	bash test/fuzz.sh run

# the regression suites, for test/run-tests.sh
print-regress:
	@echo $(REGRESS)
