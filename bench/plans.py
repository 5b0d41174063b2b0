#!/usr/bin/env python3
"""Query plans of every statement the main pages run (SQLite).

Run bench/slow-queries.sh DATA first (it logs every statement of each page to
DATA/queries.log); this reads the distinct statements from that log and prints SQLite's
EXPLAIN QUERY PLAN for each, marking any full scan of a table that grows with the number of
spaces.  Usage: bench/plans.py DATA_DIR
"""
import re
import sqlite3
import sys

data = sys.argv[1]
log = open(f"{data}/queries.log", encoding="utf-8").read()
log = re.sub(r"\x1b\[[0-9;]*m", "", log)
seen, statements = set(), []
for m in re.finditer(r'db\.statement="((?:[^"\\]|\\.)*)"', log):
    sql = m.group(1).encode().decode("unicode_escape").strip()
    if not sql.upper().startswith(("SELECT", "WITH", "UPDATE", "INSERT", "DELETE")) or sql in seen or "_sqlx_" in sql:
        continue
    seen.add(sql)
    statements.append(sql)

# Tables that stay small whatever the number of spaces: a scan of them is fine.
SMALL = {"_sqlx_migrations", "questionnaires", "articles", "meta", "audit_head", "counsellor_profiles", "availability_windows",
         "counsellor_rules", "availability_exceptions", "articles_fts",
         # Start-up asks SQLite which file it opened: a pragma, not a table.
         "pragma_database_list"}
db = sqlite3.connect(f"file:{data}/diltalks.db?mode=ro", uri=True)
scans = 0
for sql in statements:
    names = re.findall(r"\$(\d+)", sql)
    params = {n: None for n in names}
    plan = db.execute("EXPLAIN QUERY PLAN " + re.sub(r"\$(\d+)", r":p\1", sql),
                      {f"p{n}": None for n in params}).fetchall()
    head = " ".join(sql.split())[:110]
    aliases = {a: t for t, a in re.findall(r"(?:FROM|JOIN)\s+(\w+)\s+(?!ON\b|WHERE\b|JOIN\b|ORDER\b|LEFT\b|GROUP\b)(\w+)", sql, re.I)}
    print(f"\n{head}")
    for row in plan:
        detail = row[3]
        table = re.match(r"SCAN (\w+)", detail)
        name = table and aliases.get(table.group(1), table.group(1))
        bad = table and name not in SMALL and not detail.startswith("SCAN CONSTANT")
        scans += bool(bad)
        print(f"    {'!! ' if bad else '   '}{detail}")
print(f"\n{len(statements)} distinct statements; {scans} full scans of growing tables")
