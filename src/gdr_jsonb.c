/*
 * gdr_jsonb.c -- a gdr_report to jsonb and back, by walking the slot
 * catalogue (src/core/catalog.c).  Built as a JsonbValue tree (a report) or
 * with pushJsonbValue (the slot tree of gdr_sum), never by printing text;
 * read with one iteration over the document.
 */
#include "postgres.h"

#include <limits.h>

#include "common/int.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "gdr_pg.h"

#define MAXDEPTH 8

static bool sorted_ready = false;

/* each slot's path split into components, once */
typedef struct path_parts
{
	int			n;
	const char *comp[MAXDEPTH];
	int			len[MAXDEPTH];
} path_parts;
static path_parts slot_parts[GDR_NSLOTS];

/*
 * The same slots in jsonb's own key order at every level (shorter keys
 * first, then bytewise): objects pushed already sorted let the builder's
 * key sort finish in one pass.
 */
static int	push_order[GDR_NSLOTS];

/* small whole numbers as Numerics, made once (most cells are small) */
#define NUMCACHE 1024
static Numeric num_cache[NUMCACHE];

static Numeric
count_numeric(int64_t v)
{
	if (v >= 0 && v < NUMCACHE)
	{
		if (num_cache[v] == NULL)
		{
			MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

			num_cache[v] = int64_to_numeric(v);
			MemoryContextSwitchTo(old);
		}
		return num_cache[v];
	}
	return int64_to_numeric(v);
}

static int
cmp_jsonb_order(const void *a, const void *b)
{
	const path_parts *pa = &slot_parts[*(const int *) a];
	const path_parts *pb = &slot_parts[*(const int *) b];
	int			i;

	for (i = 0; i < pa->n && i < pb->n; i++)
	{
		if (pa->len[i] != pb->len[i])
			return pa->len[i] < pb->len[i] ? -1 : 1;
		if (memcmp(pa->comp[i], pb->comp[i], pa->len[i]) != 0)
			return memcmp(pa->comp[i], pb->comp[i], pa->len[i]);
	}
	return pa->n - pb->n;
}

static void
ensure_sorted(void)
{
	int			i;

	if (sorted_ready)
		return;
	for (i = 0; i < GDR_NSLOTS; i++)
	{
		const char *p = gdr_slots[i].path;
		path_parts *pp = &slot_parts[i];

		push_order[i] = i;
		pp->n = 0;
		while (*p && pp->n < MAXDEPTH)
		{
			const char *dot = strchr(p, '.');
			int			l = dot ? (int) (dot - p) : (int) strlen(p);

			pp->comp[pp->n] = p;
			pp->len[pp->n] = l;
			pp->n++;
			p += l;
			if (*p == '.')
				p++;
		}
	}
	qsort(push_order, GDR_NSLOTS, sizeof(int), cmp_jsonb_order);
	sorted_ready = true;
}

/* ------------------------------------------------------------------ */
/* building                                                            */
/* ------------------------------------------------------------------ */

static void
push_key(JsonbParseState **ps, const char *s, int len)
{
	JsonbValue	k;

	k.type = jbvString;
	k.val.string.val = (char *) s;
	k.val.string.len = len;
	pushJsonbValue(ps, WJB_KEY, &k);
}

Numeric
gdr_slot_numeric(int slot, int64_t v)
{
	Numeric		n;

	if (gdr_slots[slot].kind != GDR_MONEY)
		return count_numeric(v);
	if (v % GDR_MONEY_SCALE == 0)
		return count_numeric(v / GDR_MONEY_SCALE);
	n = int64_to_numeric(v);
	{
		/* millionths -> the unit, trailing zeros trimmed */
		Numeric		scale = int64_to_numeric(GDR_MONEY_SCALE);

		n = DatumGetNumeric(DirectFunctionCall2(numeric_div,
												NumericGetDatum(n),
												NumericGetDatum(scale)));
#if PG_VERSION_NUM >= 130000
		n = DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale,
												NumericGetDatum(n)));
#endif
	}
	return n;
}

/* Push the nested objects of every slot fn() accepts. */
static void
push_tree(JsonbParseState **ps, gdr_slot_value_fn fn, void *arg)
{
	const char *open[MAXDEPTH];
	int			openlen[MAXDEPTH];
	int			depth = 0;
	int			i;

	ensure_sorted();
	for (i = 0; i < GDR_NSLOTS; i++)
	{
		int			slot = push_order[i];
		const char *const *comp = slot_parts[slot].comp;
		const int  *complen = slot_parts[slot].len;
		int			ncomp = slot_parts[slot].n;
		int			common = 0;
		JsonbValue	v;

		if (!fn(arg, slot, &v))
			continue;
		Assert(ncomp >= 2);

		/* objects already open that this path shares */
		while (common < depth && common < ncomp - 1 &&
			   openlen[common] == complen[common] &&
			   memcmp(open[common], comp[common], complen[common]) == 0)
			common++;
		while (depth > common)
		{
			depth--;
			pushJsonbValue(ps, WJB_END_OBJECT, NULL);
		}
		while (depth < ncomp - 1)
		{
			push_key(ps, comp[depth], complen[depth]);
			pushJsonbValue(ps, WJB_BEGIN_OBJECT, NULL);
			open[depth] = comp[depth];
			openlen[depth] = complen[depth];
			depth++;
		}
		push_key(ps, comp[ncomp - 1], complen[ncomp - 1]);
		pushJsonbValue(ps, WJB_VALUE, &v);
	}
	while (depth > 0)
	{
		depth--;
		pushJsonbValue(ps, WJB_END_OBJECT, NULL);
	}
}

void
gdr_push_slot_tree(JsonbParseState **ps, gdr_slot_value_fn fn, void *arg)
{
	push_tree(ps, fn, arg);
}

static const char *const unit_names[] = {"元", "万元"};

static bool
report_value(void *arg, int slot, JsonbValue *v)
{
	const gdr_report *r = arg;

	if (!(r->st[slot] & GDR_ST_PRESENT))
		return false;
	if (!(r->st[slot] & GDR_ST_VALUE))
		v->type = jbvNull;
	else if (gdr_slots[slot].kind == GDR_UNIT)
	{
		int64_t		u = r->val[slot];

		if (u < 0 || u > 1)
			v->type = jbvNull;
		else
		{
			v->type = jbvString;
			v->val.string.val = (char *) unit_names[u];
			v->val.string.len = strlen(unit_names[u]);
		}
	}
	else
	{
		v->type = jbvNumeric;
		v->val.numeric = gdr_slot_numeric(slot, r->val[slot]);
	}
	return true;
}

/*
 * The slot tree as nodes, once per process: every object of the document
 * that holds slots, with its children in jsonb's key order.  A report is
 * then turned into a JsonbValue tree with one exactly-sized pair array per
 * object and no sorting (see gdr_report_to_jsonb).
 */
typedef struct tnode
{
	const char *key;
	int			keylen;
	int			slot;			/* leaf: the slot; object: -1 */
	int			child;			/* object: first child's index in tnodes */
	int			nchild;
	int			next;			/* next sibling, -1 */
} tnode;

/* at most one node per slot plus one per object (fewer than slots) */
static tnode tnodes[2 * GDR_NSLOTS + 1];
static int	ntnodes = 0;

static void
ensure_tnodes(void)
{
	int			open[MAXDEPTH];
	int			last[MAXDEPTH + 1];
	int			depth = 0;
	int			i;

	if (ntnodes > 0)
		return;
	ensure_sorted();
	/* node 0: the document root (its slot sections only) */
	tnodes[0].key = "";
	tnodes[0].keylen = 0;
	tnodes[0].slot = -1;
	tnodes[0].child = -1;
	tnodes[0].nchild = 0;
	tnodes[0].next = -1;
	ntnodes = 1;
	open[0] = 0;
	last[0] = -1;
	depth = 1;
	for (i = 0; i < GDR_NSLOTS; i++)
	{
		int			slot = push_order[i];
		const path_parts *pp = &slot_parts[slot];
		int			common = 1;
		int			k;

		/* open objects this path shares (open[d] holds component d-1) */
		while (common < depth && common - 1 < pp->n - 1 &&
			   tnodes[open[common]].keylen == pp->len[common - 1] &&
			   memcmp(tnodes[open[common]].key, pp->comp[common - 1], pp->len[common - 1]) == 0)
			common++;
		depth = common;
		for (k = depth - 1; k <= pp->n - 1; k++)
		{
			tnode	   *n = &tnodes[ntnodes];
			tnode	   *parent = &tnodes[open[depth - 1]];
			bool		leaf = (k == pp->n - 1);

			n->key = pp->comp[k];
			n->keylen = pp->len[k];
			n->slot = leaf ? slot : -1;
			n->child = -1;
			n->nchild = 0;
			n->next = -1;
			if (parent->child < 0)
				parent->child = ntnodes;
			else
				tnodes[last[depth - 1]].next = ntnodes;
			last[depth - 1] = ntnodes;
			parent->nchild++;
			if (!leaf)
			{
				open[depth] = ntnodes;
				last[depth] = -1;
				depth++;
			}
			ntnodes++;
		}
	}
}

static int
cmp_pair_key(const void *a, const void *b)
{
	const JsonbValue *ka = &((const JsonbPair *) a)->key;
	const JsonbValue *kb = &((const JsonbPair *) b)->key;

	if (ka->val.string.len != kb->val.string.len)
		return ka->val.string.len < kb->val.string.len ? -1 : 1;
	return memcmp(ka->val.string.val, kb->val.string.val, ka->val.string.len);
}

static void
set_key(JsonbPair *p, const char *key, int len, int order)
{
	p->key.type = jbvString;
	p->key.val.string.val = (char *) key;
	p->key.val.string.len = len;
	p->order = order;
}

static void
set_text(JsonbValue *v, const char *s)
{
	if (s == NULL)
		v->type = jbvNull;
	else
	{
		v->type = jbvString;
		v->val.string.val = (char *) s;
		v->val.string.len = strlen(s);
	}
}

static void
set_object(JsonbValue *v, JsonbPair *pairs, int n)
{
	v->type = jbvObject;
	v->val.object.nPairs = n;
	v->val.object.pairs = pairs;
}

static bool
section_is(const char *name, const char *section, int len)
{
	return strncmp(name, section, len) == 0 && name[len] == '\0';
}

/* "extra": [{"label", "values"}] of one section, or false if it has none */
static bool
extras_value(const gdr_report *r, const char *section, int len, JsonbValue *out)
{
	int			i,
				j,
				n = 0;
	JsonbValue *elems;

	for (i = 0; i < r->nextras; i++)
		if (section_is(r->extras[i].section, section, len))
			n++;
	if (n == 0)
		return false;
	elems = palloc(sizeof(JsonbValue) * n);
	n = 0;
	for (i = 0; i < r->nextras; i++)
	{
		const gdr_extra *e = &r->extras[i];
		JsonbPair  *pairs;
		JsonbValue *vals;

		if (!section_is(e->section, section, len))
			continue;
		pairs = palloc(sizeof(JsonbPair) * 2);
		vals = palloc(sizeof(JsonbValue) * Max(e->nvalues, 1));
		for (j = 0; j < e->nvalues; j++)
		{
			if (e->isnull[j])
				vals[j].type = jbvNull;
			else
			{
				vals[j].type = jbvNumeric;
				vals[j].val.numeric = count_numeric(e->values[j]);
			}
		}
		/* jsonb order: "label" before "values" */
		set_key(&pairs[0], "label", 5, 0);
		set_text(&pairs[0].value, e->label);
		set_key(&pairs[1], "values", 6, 1);
		pairs[1].value.type = jbvArray;
		pairs[1].value.val.array.nElems = e->nvalues;
		pairs[1].value.val.array.elems = vals;
		pairs[1].value.val.array.rawScalar = false;
		set_object(&elems[n++], pairs, 2);
	}
	out->type = jbvArray;
	out->val.array.nElems = n;
	out->val.array.elems = elems;
	out->val.array.rawScalar = false;
	return true;
}

/*
 * The object of node `ni` for report r into *out; false if nothing under
 * it is present.  Top-level "active" and "applications" also get their
 * "extra" rows.
 */
static bool
build_node(const gdr_report *r, int ni, bool top, JsonbValue *out)
{
	const tnode *node = &tnodes[ni];
	JsonbPair  *pairs = palloc(sizeof(JsonbPair) * (node->nchild + 1));
	int			n = 0;
	int			c;

	for (c = node->child; c >= 0; c = tnodes[c].next)
	{
		const tnode *ch = &tnodes[c];

		if (ch->slot >= 0)
		{
			if (!report_value((void *) r, ch->slot, &pairs[n].value))
				continue;
		}
		else if (!build_node(r, c, false, &pairs[n].value))
			continue;
		set_key(&pairs[n], ch->key, ch->keylen, n);
		n++;
	}
	if (top && extras_value(r, node->key, node->keylen, &pairs[n].value))
	{
		set_key(&pairs[n], "extra", 5, n);
		n++;
		qsort(pairs, n, sizeof(JsonbPair), cmp_pair_key);
	}
	if (n == 0)
	{
		pfree(pairs);
		return false;
	}
	set_object(out, pairs, n);
	return true;
}

/*
 * The document is assembled as a JsonbValue tree, every object's pairs
 * already in jsonb's key order and unique, and converted once by
 * JsonbValueToJsonb.  (pushJsonbValue would re-check the order of every
 * object and grow every pair array by doubling; for the ~400 keys of a
 * report that was a fifth of gdr_parse's time.)
 */
Jsonb *
gdr_report_to_jsonb(const gdr_report *r)
{
	JsonbPair	top[16];
	int			n = 0;
	int			c,
				i;
	JsonbValue	root;
	JsonbValue *warn;
	bool		have_narrative = false;

	ensure_tnodes();
#define TOP_KEY(k) set_key(&top[n], k, sizeof(k) - 1, n)
	TOP_KEY("gdr");
	top[n].value.type = jbvNumeric;
	top[n++].value.val.numeric = count_numeric(GDR_SCHEMA_VERSION);
	TOP_KEY("agency");
	set_text(&top[n++].value, r->agency);
	TOP_KEY("year");
	if (r->year > 0)
	{
		top[n].value.type = jbvNumeric;
		top[n].value.val.numeric = count_numeric(r->year);
	}
	else
		top[n].value.type = jbvNull;
	n++;
	TOP_KEY("kind");
	set_text(&top[n++].value, gdr_kind_name(r->kind));
	TOP_KEY("template");
	set_text(&top[n++].value, gdr_template_name(r->tmpl));
	TOP_KEY("published");
	set_text(&top[n++].value, r->published[0] ? r->published : NULL);
	TOP_KEY("script");
	set_text(&top[n++].value, gdr_script_name(r->script));

	/* the slot sections; "active"/"applications" also when only extras */
	for (c = tnodes[0].child; c >= 0; c = tnodes[c].next)
	{
		if (!build_node(r, c, true, &top[n].value))
			continue;
		set_key(&top[n], tnodes[c].key, tnodes[c].keylen, n);
		if (tnodes[c].keylen == 9 && memcmp(tnodes[c].key, "narrative", 9) == 0)
			have_narrative = true;
		n++;
	}
	/* "narrative" is always an object, possibly empty */
	if (!have_narrative)
	{
		TOP_KEY("narrative");
		set_object(&top[n++].value, NULL, 0);
	}

	TOP_KEY("warnings");
	warn = &top[n++].value;
	warn->type = jbvArray;
	warn->val.array.rawScalar = false;
	warn->val.array.nElems = r->nwarnings;
	warn->val.array.elems = palloc(sizeof(JsonbValue) * Max(r->nwarnings, 1));
	for (i = 0; i < r->nwarnings; i++)
	{
		const gdr_warning *w = &r->warnings[i];
		JsonbPair  *wp = palloc(sizeof(JsonbPair) * 3);
		int			k = 0;

		/* jsonb order: "code", "path", "message" */
		set_key(&wp[k], "code", 4, k);
		set_text(&wp[k++].value, w->code);
		if (w->path)
		{
			set_key(&wp[k], "path", 4, k);
			set_text(&wp[k++].value, w->path);
		}
		set_key(&wp[k], "message", 7, k);
		set_text(&wp[k++].value, w->message);
		set_object(&warn->val.array.elems[i], wp, k);
	}
#undef TOP_KEY
	Assert(n <= lengthof(top));
	qsort(top, n, sizeof(JsonbPair), cmp_pair_key);
	set_object(&root, top, n);
	return JsonbValueToJsonb(&root);
}

/* ------------------------------------------------------------------ */
/* reading                                                             */
/* ------------------------------------------------------------------ */

static const char *
jbv_type_name(const JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return "null";
		case jbvString:
			return "a string";
		case jbvNumeric:
			return "a number";
		case jbvBool:
			return "a boolean";
		case jbvBinary:
			return JsonContainerIsArray(v->val.binary.data) ? "an array" : "an object";
		default:
			return "an unexpected value";
	}
}

static void
bad_value(const char *what, const char *path, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid value at \"%s\" in %s", path, what),
			 errdetail("%s", detail)));
}

/*
 * Exact decimal -> int64 scaled by 10^scale; false on overflow, on more
 * fractional digits than scale, or on NaN/Infinity.
 */
static bool
numeric_to_scaled(Numeric n, int scale, int64 *out, bool *negative)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
	const char *p = s;
	int64		v = 0;
	int			frac = -1;
	bool		neg = false;

	if (*p == '-')
	{
		neg = true;
		p++;
	}
	if (!(*p >= '0' && *p <= '9'))
		return false;
	for (; *p; p++)
	{
		if (*p == '.')
		{
			if (frac >= 0)
				return false;
			frac = 0;
			continue;
		}
		if (!(*p >= '0' && *p <= '9'))
			return false;
		if (frac >= 0)
		{
			if (frac == scale)
			{
				if (*p != '0')
					return false;	/* finer than the scale allows */
				continue;
			}
			frac++;
		}
		if (pg_mul_s64_overflow(v, 10, &v) || pg_add_s64_overflow(v, *p - '0', &v))
			return false;
	}
	if (frac < 0)
		frac = 0;
	for (; frac < scale; frac++)
		if (pg_mul_s64_overflow(v, 10, &v))
			return false;
	*negative = neg && v != 0;
	*out = neg ? -v : v;
	return true;
}

static void
read_scalar(const char *what, const char *path, int slot, const JsonbValue *v,
			int64_t *val, uint8_t *st)
{
	gdr_kind	kind = gdr_slots[slot].kind;
	int64		x;
	bool		neg;

	if (v->type == jbvNull)
	{
		val[slot] = 0;
		st[slot] = GDR_ST_PRESENT;
		return;
	}
	if (kind == GDR_UNIT)
	{
		if (v->type == jbvString &&
			v->val.string.len == (int) strlen("元") &&
			memcmp(v->val.string.val, "元", v->val.string.len) == 0)
			x = 0;
		else if (v->type == jbvString &&
				 v->val.string.len == (int) strlen("万元") &&
				 memcmp(v->val.string.val, "万元", v->val.string.len) == 0)
			x = 1;
		else
			bad_value(what, path, "The unit must be \"元\", \"万元\" or null.");
		val[slot] = x;
		st[slot] = GDR_ST_PRESENT | GDR_ST_VALUE;
		return;
	}
	if (v->type != jbvNumeric)
		bad_value(what, path, psprintf("Expected a number or null, found %s.", jbv_type_name(v)));

	if (!numeric_to_scaled(v->val.numeric, kind == GDR_MONEY ? 6 : 0, &x, &neg))
	{
		if (kind == GDR_MONEY)
			bad_value(what, path, "Expected an amount with at most 6 decimal places that fits in 64 bits.");
		else
			bad_value(what, path, "Expected a whole number that fits in 64 bits.");
	}
	if (neg && kind != GDR_SIGNED)
		bad_value(what, path, "Counts and amounts cannot be negative.");
	val[slot] = x;
	st[slot] = GDR_ST_PRESENT | GDR_ST_VALUE;
}

static void
read_object(JsonbContainer *obj, char *pathbuf, int plen, int depth,
			int64_t *val, uint8_t *st, const char *what)
{
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;
	int			keylen = 0;

	if (depth > MAXDEPTH)
		return;
	it = JsonbIteratorInit(obj);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		int			slot;
		int			kind;
		int			nlen;

		if (tok == WJB_KEY)
		{
			keylen = v.val.string.len;
			/* a key too long cannot be a known path component */
			if (plen + 1 + keylen >= 256)
				keylen = -1;
			else
			{
				if (plen > 0)
					pathbuf[plen] = '.';
				memcpy(pathbuf + plen + (plen > 0), v.val.string.val, keylen);
			}
			continue;
		}
		if (tok != WJB_VALUE || keylen < 0)
			continue;
		nlen = plen + (plen > 0) + keylen;
		pathbuf[nlen] = '\0';
		kind = gdr_slot_classify(pathbuf, nlen, &slot);
		if (kind == 1)
		{
			if (v.type == jbvBinary)
				bad_value(what, pathbuf, psprintf("Expected a number or null, found %s.", jbv_type_name(&v)));
			read_scalar(what, pathbuf, slot, &v, val, st);
		}
		else if (kind == 2)
		{
			if (v.type == jbvNull)
				continue;		/* a section written as null: absent */
			if (v.type != jbvBinary || !JsonContainerIsObject(v.val.binary.data))
				bad_value(what, pathbuf, psprintf("Expected an object, found %s.", jbv_type_name(&v)));
			read_object(v.val.binary.data, pathbuf, nlen, depth + 1, val, st, what);
		}
		pathbuf[plen] = '\0';
	}
}

void
gdr_read_slot_tree(JsonbContainer *obj, int64_t *val, uint8_t *st, const char *what)
{
	char		pathbuf[256];

	pathbuf[0] = '\0';
	read_object(obj, pathbuf, 0, 0, val, st, what);
}

static char *
read_text_key(JsonbContainer *root, const char *key, bool *present)
{
	JsonbValue *v = getKeyJsonValueFromContainer(root, key, strlen(key), NULL);

	*present = v != NULL;
	if (v == NULL || v->type == jbvNull)
		return NULL;
	if (v->type != jbvString)
		bad_value("report", key, psprintf("Expected a string or null, found %s.", jbv_type_name(v)));
	return pnstrdup(v->val.string.val, v->val.string.len);
}

static int
enum_value(const char *key, const char *s, const char *const *names, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	bad_value("report", key, psprintf("\"%s\" is not a known value.", s));
	return 0;
}

/* keep a warning about a cell, so gdr_mark_unread() can use it */
static void
add_path_warning(gdr_ctx *ctx, gdr_report *r, JsonbValue *code, JsonbValue *path)
{
	char	   *c = gdr_strndup(ctx, code->val.string.val, code->val.string.len);
	char	   *p = gdr_strndup(ctx, path->val.string.val, path->val.string.len);

	if (c == NULL || p == NULL)
		gdr_raise_status(ctx, "reading a report");
	gdr_warn(ctx, r, c, p, "%s", "");
}

gdr_report *
gdr_report_from_jsonb(gdr_ctx *ctx, Jsonb *jb)
{
	static const char *const kinds[] = {"unknown", "annual_report", "work_summary"};
	static const char *const tpls[] = {"none", "2019", "2021", "pre2019"};
	static const char *const scripts[] = {"hans", "hant"};
	JsonbContainer *root = &jb->root;
	gdr_report *r;
	JsonbValue *v;
	char	   *s;
	bool		present;

	if (!JB_ROOT_IS_OBJECT(jb) || JB_ROOT_IS_SCALAR(jb))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a gdr report must be a jsonb object"),
				 errdetail("The value is a jsonb %s.",
						   JB_ROOT_IS_SCALAR(jb) ? "scalar" : "array")));

	r = gdr_alloc0(ctx, sizeof(gdr_report));
	if (r == NULL)
		gdr_raise_status(ctx, "reading a report");

	r->agency = read_text_key(root, "agency", &present);
	s = read_text_key(root, "kind", &present);
	if (s)
		r->kind = (gdr_doc_kind) enum_value("kind", s, kinds, 3);
	s = read_text_key(root, "template", &present);
	if (s)
		r->tmpl = (gdr_template) enum_value("template", s, tpls, 4);
	s = read_text_key(root, "script", &present);
	if (s)
		r->script = (gdr_script) enum_value("script", s, scripts, 2);
	s = read_text_key(root, "published", &present);
	if (s)
		strlcpy(r->published, s, sizeof(r->published));

	v = getKeyJsonValueFromContainer(root, "year", 4, NULL);
	if (v && v->type != jbvNull)
	{
		int64		y;
		bool		neg;

		if (v->type != jbvNumeric || !numeric_to_scaled(v->val.numeric, 0, &y, &neg) ||
			y < 1900 || y > 9999)
			bad_value("report", "year", "Expected a year between 1900 and 9999, or null.");
		r->year = (int) y;
	}

	gdr_read_slot_tree(root, r->val, r->st, "report");

	/* ambiguity marks travel as warnings */
	v = getKeyJsonValueFromContainer(root, "warnings", 8, NULL);
	if (v && v->type == jbvBinary && JsonContainerIsArray(v->val.binary.data))
	{
		JsonbIterator *it = JsonbIteratorInit(v->val.binary.data);
		JsonbValue	e;
		JsonbIteratorToken tok;

		while ((tok = JsonbIteratorNext(&it, &e, true)) != WJB_DONE)
		{
			JsonbValue *code,
					   *path;
			int			slot;

			if (tok != WJB_ELEM || e.type != jbvBinary ||
				!JsonContainerIsObject(e.val.binary.data))
				continue;
			code = getKeyJsonValueFromContainer(e.val.binary.data, "code", 4, NULL);
			path = getKeyJsonValueFromContainer(e.val.binary.data, "path", 4, NULL);
			if (code && path && code->type == jbvString && path->type == jbvString &&
				code->val.string.len == 19 &&
				memcmp(code->val.string.val, "narrative_ambiguous", 19) == 0)
			{
				slot = gdr_slot_find(path->val.string.val, path->val.string.len);
				if (slot >= 0)
					r->st[slot] |= GDR_ST_AMBIGUOUS;
			}
			else if (code && path && code->type == jbvString && path->type == jbvString)
				add_path_warning(ctx, r, code, path);
		}
		gdr_mark_unread(r);
	}
	return r;
}
