#!/bin/bash
# Import-order independence of the identifier merge (issue 11, store39).
# For each set of real cross-database exports: import the files one by one
# in name order, in reverse order and in the order of their names' md5 sums
# into fresh libraries, and print the live works of each, and the records
# whose identifiers (DOI, PMID, PMCID, WoS UT, Scopus EID) point at 2+ live
# works (`multi`: works kept apart, and said so, or the evidence that two
# works are one lost).  The same files in any order should give the same works.
#   bench/import_order.sh [REFNET]   (default: build/refnet of this checkout)
set -u
BIN=${1:-$(dirname "$0")/../build/refnet}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
SQL="
WITH ids AS (
  SELECT s.id sid, s.work_id wid, k.k, CASE k.k WHEN 'doi' THEN lower(json_extract(s.data, '\$.doi'))
    WHEN 'wos_ut' THEN upper(json_extract(s.data, '\$.wos_ut')) ELSE json_extract(s.data, '\$.' || k.k) END v
  FROM sources s JOIN works w ON w.id = s.work_id,
       (SELECT 'doi' k UNION ALL SELECT 'pmid' UNION ALL SELECT 'pmcid' UNION ALL SELECT 'wos_ut' UNION ALL SELECT 'scopus_eid') k
  WHERE w.merged_into IS NULL AND w.trashed_at IS NULL AND json_valid(s.data)),
ids2 AS (SELECT * FROM ids WHERE v IS NOT NULL AND v <> ''),
reach AS (SELECT a.sid, count(DISTINCT b.wid) n FROM ids2 a JOIN ids2 b ON a.k = b.k AND a.v = b.v GROUP BY a.sid)
SELECT (SELECT count(*) FROM works WHERE merged_into IS NULL AND trashed_at IS NULL) || ' ' ||
       (SELECT count(*) FROM reach WHERE n > 1);"
run() {  # run LIB FILE...
  local lib=$1; shift
  for f in "$@"; do nice "$BIN" --library "$lib" import --quiet "$f" >/dev/null 2>&1; done
  sqlite3 "$lib" "$SQL"
}
D=/work/dd27-data
printf '%-10s %6s %6s | %6s %6s | %6s %6s\n' set works multi works multi works multi
for set in msm six tfm ai-labour abhikumar npmoran resins a29 corpora; do
  case $set in
    six) files=("$D"/citesource/six_databases/*.ris) ;;
    a29) files=(/work/a29/all/*) ;;
    corpora) files=()
             for f in /work/shared/corpora/*.*; do
               case ${f##*/} in README.md | MANIFEST.tsv) ;; *) files+=("$f") ;; esac
             done ;;
    *) files=("$D"/crossdb/"$set"__*) ;;
  esac
  rev=()
  for ((i = ${#files[@]} - 1; i >= 0; --i)); do rev+=("${files[i]}"); done
  mapfile -t hashed < <(for f in "${files[@]}"; do printf '%s %s\n' "$(basename "$f" | md5sum | cut -c1-32)" "$f"; done |
                        sort | cut -d' ' -f2-)
  a=$(run "$TMP/$set.a.db" "${files[@]}")
  b=$(run "$TMP/$set.b.db" "${rev[@]}")
  c=$(run "$TMP/$set.c.db" "${hashed[@]}")
  printf '%-10s %6s %6s | %6s %6s | %6s %6s\n' "$set" $a $b $c
done
