#!/usr/bin/env python3
"""Architecture metrics for docs/architecture.md: files over 400 lines, functions (and Leptos
components) over 80 lines, and import circles between source files (strongly connected
components of the `use` graph; a mod.rs re-exporting its own child is not counted).
Usage: python3 scripts/arch_metrics.py [repo root]"""
import os, re, sys, glob
root = sys.argv[1] if len(sys.argv) > 1 else "."
crates = {"crate_web": os.path.join(root, "src"), "crate_core": os.path.join(root, "crates/core/src")}
if not os.path.isdir(crates["crate_core"]):  # before the workspace: one crate
    crates = {"crate_web": os.path.join(root, "src")}
def files(d): return [f for f in glob.glob(d + "/**/*.rs", recursive=True)]
allf = [f for d in crates.values() for f in files(d)]
big = [(sum(1 for _ in open(f)), f) for f in allf]
print("files over 400:", sorted([(n, os.path.relpath(f, root)) for n, f in big if n > 400], reverse=True))
longfns = []
fnre = re.compile(r'^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)')
for f in allf:
    L = open(f).read().split("\n")
    i = 0
    while i < len(L):
        m = fnre.match(L[i])
        if m:
            depth = 0; started = False; j = i
            while j < len(L):
                s = re.sub(r'"(\\.|[^"\\])*"', '""', L[j]); s = re.sub(r"'(\\.|[^'\\])'", "''", s); s = s.split("//")[0]
                if not started and ';' in s and '{' not in s: break
                depth += s.count('{') - s.count('}')
                if '{' in s: started = True
                if started and depth <= 0: break
                j += 1
            n = j - i + 1
            if started and n > 80: longfns.append((n, m.group(6), os.path.relpath(f, root) + ":" + str(i + 1)))
            i = j + 1 if started else i + 1
        else: i += 1
print("fns over 80:", len(longfns)); [print("  ", x) for x in sorted(longfns, reverse=True)]
# import graph
def modpath(f, base):
    rel = os.path.relpath(f, base)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"): rel = rel[:-1]
    return rel
def resolve(parts, base):
    for k in range(len(parts), 0, -1):
        p = os.path.join(base, *parts[:k])
        if os.path.isfile(p + ".rs"): return p + ".rs"
        if os.path.isfile(os.path.join(p, "mod.rs")): return os.path.join(p, "mod.rs")
    return None
def expand(s):
    s = s.replace(" ", "").replace("\n", "")
    m = re.match(r'^(.*?)\{(.*)\}$', s)
    if not m: return [s]
    pre, inner = m.groups(); out = []; depth = 0; cur = ""
    for ch in inner:
        if ch == "{": depth += 1
        if ch == "}": depth -= 1
        if ch == "," and depth == 0: out.append(cur); cur = ""
        else: cur += ch
    if cur: out.append(cur)
    return [x for part in out for x in expand(pre + part)]
edges = {}
for cname, base in crates.items():
    for f in files(base):
        txt = open(f).read(); me = modpath(f, base)
        ismod = os.path.basename(f) in ("mod.rs", "lib.rs", "main.rs")
        tgt = set()
        for ind, pub, u in re.findall(r'^([ \t]*)(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);', txt, re.M):
            for p in expand(u):
                # an indented `use super::` sits in an inline module (tests) or a function
                if ind and p.startswith("super::"):
                    continue
                # a module's re-export of its own child is its facade, not a dependency on it
                if pub and ismod and not p.startswith(("crate::", "super::", "deploycalc_core::")):
                    continue
                parts = p.split("::")
                if parts[0] == "crate": b, rest = base, parts[1:]
                elif parts[0] == "deploycalc_core": b, rest = crates.get("crate_core"), parts[1:]
                elif parts[0] == "super":
                    cur = list(me)
                    while parts and parts[0] == "super": cur = cur[:-1]; parts = parts[1:]
                    b, rest = base, cur + parts
                elif parts[0] == "self": b, rest = base, list(me) + parts[1:]
                else:
                    cur = list(me)
                    if resolve(cur + parts[:1], base) and resolve(cur + parts[:1], base) != resolve(cur, base):
                        b, rest = base, cur + parts
                    else: continue
                if b is None: continue
                g = resolve([x for x in rest if x not in ("self", "*")], b)
                if g and g != f: tgt.add(g)
        body = re.sub(r'^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+[^;]+;', '', txt, flags=re.M)
        body = "\n".join(l.split("//")[0] for l in body.split("\n"))
        for m in re.finditer(r'\b(crate|deploycalc_core)((?:::\w+)+)', body):
            b = base if m.group(1) == "crate" else crates.get("crate_core")
            if b is None: continue
            g = resolve(m.group(2).split("::")[1:], b)
            if g and g != f: tgt.add(g)
        edges[f] = tgt
# Tarjan
idx = {}; low = {}; st = []; on = set(); sccs = []; c = [0]
sys.setrecursionlimit(10000)
def sc(v):
    idx[v] = low[v] = c[0]; c[0] += 1; st.append(v); on.add(v)
    for w in edges.get(v, ()):
        if w not in idx: sc(w); low[v] = min(low[v], low[w])
        elif w in on: low[v] = min(low[v], idx[w])
    if low[v] == idx[v]:
        comp = []
        while True:
            w = st.pop(); on.discard(w); comp.append(w)
            if w == v: break
        if len(comp) > 1: sccs.append(comp)
for v in list(edges): 
    if v not in idx: sc(v)
print("import circles (file-level SCCs):", len(sccs))
for s in sccs: print("  ", len(s), sorted(os.path.relpath(x, root) for x in s))
