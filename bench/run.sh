#!/usr/bin/env bash
# claimcheck benchmark: generates corpora, checks each in a fresh JVM under /usr/bin/time -v, and prints per-stage wall
# time, throughput, peak heap and RSS, the scaling exponent between sizes, the physical floor (read the same bytes +
# one regex pass) and whether every planted disagreement was found. Then a one-subject run, the seeds start-up, and
# `claimcheck serve` on the seeds: time until it serves the page, one decision through the API, Ctrl-C, and nothing
# (lock or temp file) left behind.
#
# Usage: bench/run.sh [--sizes 100,1000,10000,100000] [--one-subject ARTICLES|0] [--seeds RUNS|0] [--serve RUNS|0]
#                     [--heap 4g] [--hostile 1|0]   (the two hostile inputs: one 50 MB article, one 10 MB line of ranges)
#                     [--no-pack 1|0]   (each size again with rules/subjects/ removed: the story nobody configured)
#   BENCH_WORK=DIR    where corpora and reports go (default bench/work, git-ignored)
#   BENCH_JAVA_OPTS   JVM options for the corpus runs besides -Xmx (default: the launcher's for the corpus's size,
#                     -XX:+UseSerialGC -XX:TieredStopAtLevel=1 up to 64 MB of articles, -XX:+UseG1GC above)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="100,1000,10000,100000"
one_subject=20000
seeds_runs=10
hostile=1
serve_runs=5
no_pack=1
heap=4g
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --one-subject) one_subject="$2"; shift 2 ;;
    --seeds) seeds_runs="$2"; shift 2 ;;
    --serve) serve_runs="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --hostile) hostile="$2"; shift 2 ;;
    --no-pack) no_pack="$2"; shift 2 ;;
    -h|--help) sed -n 2,13p "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
work="${BENCH_WORK:-$root/bench/work}"
# opts_for DIR: the JVM options for a corpus, as the launcher chooses them for its size (the serial collector and the
# quick compiler up to 64 MB of input, G1 and C2 above), unless BENCH_JAVA_OPTS says otherwise
opts_for() {
  if [ -n "${BENCH_JAVA_OPTS:-}" ]; then echo "$BENCH_JAVA_OPTS"; return; fi
  # a du that fails on part of the folder still prints its total; never "N" and "0" on two lines
  local kb; kb=$(du -skL -- "$1/articles" 2>/dev/null | cut -f1 || true)
  if [ "${kb:-0}" -gt 65536 ]; then echo "-XX:+UseG1GC"; else echo "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"; fi
}
mkdir -p "$work"
cd "$root"

# The shaded jar holds main and its libraries; test-classes hold the generator and the runner.
if [ ! -f target/claimcheck.jar ] || [ ! -d target/test-classes/io/claimcheck/bench ] \
  || [ -n "$(find pom.xml src -newer target/claimcheck.jar -print -quit)" ]; then
  echo "building (mvn -o -DskipTests package)..." >&2
  mvn -B -ntp -o -q -DskipTests package >&2
fi
cp="target/test-classes:target/claimcheck.jar"

echo "# claimcheck benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM, $(java -version 2>&1 | head -1)"
echo "# JVM: -Xmx$heap ${BENCH_JAVA_OPTS:-as the launcher for each size (see opts_for)}; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# run NAME ARTICLES [generator options...]: generates (once per size and generator build) and checks one corpus.
run() {
  local name="$1" n="$2"; shift 2
  local dir="$work/$name"
  if [ ! -f "$dir/manifest.json" ] || [ "target/test-classes/io/claimcheck/bench/ArticleWriter.class" -nt "$dir/manifest.json" ]; then
    java -cp "$cp" io.claimcheck.bench.CorpusGenerator --articles "$n" --out "$dir" "$@" >&2
  fi
  rm -rf "$dir/reports"
  local java_opts; java_opts=$(opts_for "$dir")
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$dir/time.txt" java -Xmx"$heap" $java_opts -cp "$cp" io.claimcheck.bench.BenchRun \
    "$dir" "$dir/reports" > "$dir/bench.txt"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$dir/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$dir/time.txt")
  echo "wall_s $wall" >> "$dir/bench.txt"
  echo "rss_mb $rss" >> "$dir/bench.txt"
}

# run_nopack NAME: the corpus NAME checked again with its topic pack removed (articles and manifest shared).
run_nopack() {
  local src="$work/$1" dir="$work/$1-nopack"
  rm -rf "$dir"; mkdir -p "$dir"
  ln -s "$src/articles" "$dir/articles"
  ln -s "$src/manifest.json" "$dir/manifest.json"
  cp -r "$src/rules" "$dir/rules"; rm -rf "$dir/rules/subjects"
  local java_opts; java_opts=$(opts_for "$src")
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$dir/time.txt" java -Xmx"$heap" $java_opts -cp "$cp" io.claimcheck.bench.BenchRun \
    "$dir" "$dir/reports" > "$dir/bench.txt"
  echo "wall_s $(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$dir/time.txt")" >> "$dir/bench.txt"
  echo "rss_mb $(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$dir/time.txt")" >> "$dir/bench.txt"
}

val() { awk -v k="$2" '$1 == k {print $2}' "$work/$1/bench.txt"; }

header="%8s %8s %7s %7s %7s %7s %7s %7s %8s %9s %6s %6s %6s %8s %6s %9s\n"
row="%8s %8.1f %7.1f %7.1f %7.1f %7.1f %7.1f %7.1f %8.0f %9.0f %6s %6s %6s %8.2f %6.0f %9s\n"
table_head() {
  printf "$header" "articles" "wall s" "load" "ingest" "extract" "align" "rules" "report" "art/s" "claims/s" \
    "heapMB" "rssMB" "exp" "floor s" "ratio" "planted"
}
table_row() {
  local name="$1" prev="$2" n wall exp="-"
  n=$(val "$name" articles); wall=$(val "$name" wall_s)
  if [ -n "$prev" ]; then
    exp=$(awk -v t1="$(val "$prev" wall_s)" -v t2="$wall" -v n1="$(val "$prev" articles)" -v n2="$n" \
      'BEGIN {printf "%.2f", log(t2/t1)/log(n2/n1)}')
  fi
  s() { awk -v v="$(val "$name" "$1")" 'BEGIN {print v/1000}'; }
  printf "$row" "$n" "$wall" "$(awk -v a="$(val "$name" load_ms)" -v b="$(val "$name" compile-wait_ms)" 'BEGIN {print (a+b)/1000}')" "$(s ingest_ms)" "$(s extract_ms)" "$(s align_ms)" "$(s rules_ms)" \
    "$(s report_ms)" "$(awk -v n="$n" -v w="$wall" 'BEGIN {print n/w}')" \
    "$(awk -v c="$(val "$name" claims)" -v w="$wall" 'BEGIN {print c/w}')" \
    "$(val "$name" heap_peak_mb)" "$(val "$name" rss_mb)" "$exp" "$(s floor_ms)" \
    "$(awk -v w="$wall" -v f="$(val "$name" floor_ms)" 'BEGIN {print w*1000/(f>0?f:1)}')" \
    "$(val "$name" found)/$(val "$name" planted)"
  grep '^missed ' "$work/$name/bench.txt" | sed 's/^/    /' || true
}

echo
echo "## corpus sizes (wall = whole process under /usr/bin/time; stage columns in seconds; load = lexicon, packs and"
echo "## the part of rule compilation not overlapped by ingest/extract/align; ratio = wall / floor)"
prev=""
missing=0
table_head
for n in ${sizes//,/ }; do
  run "n$n" "$n"
  table_row "n$n" "$prev"
  [ "$(val "n$n" found)" = "$(val "n$n" planted)" ] || missing=1
  prev="n$n"
done
if [ "$no_pack" != "0" ]; then
  echo
  echo "## the same corpora with no topic pack (rules/subjects/ removed): generic grouping on claim frames; the goal is"
  echo "## within 1.5x of the pack run's wall time (planted: found when a finding names the planted figure of its article)"
  table_head
  for n in ${sizes//,/ }; do
    run_nopack "n$n"
    table_row "n$n-nopack" ""
    awk -v a="$(val "n$n-nopack" wall_s)" -v b="$(val "n$n" wall_s)" -v n="$n" \
      'BEGIN {printf "  n=%s: no pack / pack = %.2fx\n", n, a/b}'
  done
fi
for n in ${sizes//,/ }; do
  echo "  n=$n: $(val "n$n" claims) claims ($(val "n$n" aligned) aligned), largest subject $(val "n$n" largest_subject)," \
    "$(val "n$n" discrepancies) discrepancies, $(awk -v b="$(val "n$n" bytes)" 'BEGIN {printf "%.1f", b/1048576}') MB of text," \
    "GC $(val "n$n" gc_ms) ms"
done

if [ "$one_subject" != "0" ]; then
  echo
  echo "## one huge subject: every claim of $one_subject articles on one subject"
  run "one$one_subject" "$one_subject" --one-subject
  table_head
  table_row "one$one_subject" ""
  echo "  largest subject: $(val "one$one_subject" largest_subject) claims, rules stage $(val "one$one_subject" rules_ms) ms," \
    "$(val "one$one_subject" discrepancies) discrepancies"
  [ "$(val "one$one_subject" found)" = "$(val "one$one_subject" planted)" ] || missing=1
fi

if [ "$seeds_runs" != "0" ]; then
  echo
  echo "## ./claimcheck check seeds, warm jar, $seeds_runs runs after one warm-up"
  out="$work/seeds-report"
  ./claimcheck check seeds --out "$out" > /dev/null 2>&1 || true
  times=()
  for _ in $(seq "$seeds_runs"); do
    t0=$(date +%s%N)
    ./claimcheck check seeds --out "$out" > /dev/null 2>&1 || true
    times+=($(( ($(date +%s%N) - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2;
    printf "  median %.3f s, min %.3f s, max %.3f s\n", m/1000, a[1]/1000, a[NR]/1000}'
fi
if [ "$hostile" != "0" ]; then
  echo
  echo "## hostile inputs through ./claimcheck with its default options (reports: html, json, sarif, md)"
  # one 50 MB article: the seeds' text over and over (every figure form, 2,000+ figures per MB)
  big="$work/hostile-article"
  if [ ! -f "$big/huge.txt" ]; then
    mkdir -p "$big"
    while [ "$(stat -c %s "$big/huge.txt" 2>/dev/null || echo 0)" -lt 52428800 ]; do
      for f in seeds/*.txt; do cat "$f"; printf '\n\n'; done >> "$big/huge.txt"
    done
  fi
  # one line of 10 MB: "10%-20%, " repeated, no full stop, no line break (one pathological sentence)
  line="$work/hostile-line"
  if [ ! -f "$line/ranges.txt" ]; then
    mkdir -p "$line"
    # (yes ends on SIGPIPE when head has enough: not a failure here)
    { printf 'Estimates of the share vary: '; (set +o pipefail; yes '10%-20%,' | head -n 1165085 | tr '\n' ' ')
      printf '\n'; } > "$line/ranges.txt"
  fi
  printf "%-16s %8s %7s %7s %5s %8s %10s %10s\n" "input" "size MB" "wall s" "rssMB" "exit" "claims" "reports MB" "largest"
  for dir in "$big" "$line"; do
    rm -rf "$dir/reports"
    code=0
    logs="$dir.run" # beside the input folder: a .txt in it would be read as an article
    mkdir -p "$logs"
    /usr/bin/time -v -o "$logs/time" ./claimcheck check "$dir" --out "$dir/reports" \
      --format html,json,sarif,md --baseline "$logs/no-baseline.json" > "$logs/stdout" 2> "$logs/stderr" || code=$?
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$logs/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$logs/time")
    claims=$(sed -n 's/^Checked [0-9]* document(s), \([0-9]*\) claim(s).*/\1/p' "$logs/stdout")
    total=$(du -cb "$dir"/reports/discrepancies.* | awk 'END {printf "%.2f", $1/1048576}')
    largest=$(ls -S "$dir"/reports/discrepancies.* | head -1 | xargs basename)
    printf "%-16s %8.1f %7.1f %7s %5s %8s %10s %10s\n" "$(basename "$dir")" \
      "$(du -b "$dir"/*.txt | awk '{s+=$1} END {print s/1048576}')" "$wall" "$rss" "$code" "${claims:--}" "$total" "$largest"
    sed 's/^/    /' "$logs/stderr" | head -3
    [ "$rss" -le 1536 ] || missing=1
  done
fi

if [ "$serve_runs" != "0" ]; then
  echo
  echo "## ./claimcheck serve seeds, warm jar, $serve_runs runs: start-up = launch until the page answers; then one"
  echo "## decision through the API, Ctrl-C (SIGINT), and a look for lock and temp files left behind"
  set -m  # job control: the server gets SIGINT as a terminal's Ctrl-C sends it (a plain background job ignores it)
  serve_times=()
  for i in $(seq 0 "$serve_runs"); do
    dir="$work/serve-$i"
    rm -rf "$dir"; mkdir -p "$dir"; : > "$dir/out.txt"
    t0=$(date +%s%N)
    ./claimcheck serve seeds --baseline "$dir/baseline.json" --out "$dir/reports" --user bench > "$dir/out.txt" 2>&1 &
    pid=$!
    url=""
    while [ -z "$url" ] && kill -0 "$pid" 2>/dev/null; do
      url=$(grep -o 'http://[^ ]*' "$dir/out.txt" 2>/dev/null || true)
      [ -n "$url" ] || sleep 0.01
    done
    [ -n "$url" ] || { echo "  serve did not start:"; sed 's/^/    /' "$dir/out.txt"; missing=1; break; }
    curl -sf -o "$dir/page.html" "$url"
    t1=$(date +%s%N)
    [ "$i" = 0 ] || serve_times+=($(( (t1 - t0) / 1000000 )))  # run 0 warms the jar's class-data archive
    token=$(grep -o 'name="csrf-token" content="[^"]*"' "$dir/page.html" | sed 's/.*content="//; s/"$//')
    fp=$(grep -o 'data-fingerprint="[^"]*"' "$dir/page.html" | head -1 | cut -d'"' -f2)
    curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -H "X-CSRF-Token: $token" \
      -d "{\"fingerprint\": \"$fp\", \"status\": \"accepted\", \"note\": \"bench\"}" "${url}api/decisions"
    kill -INT "$pid"
    rc=0; wait "$pid" || rc=$?
    left=$(find "$dir" seeds -name '*.lock' -o -name '*.tmp' | tr '\n' ' ')
    grep -q '"fingerprint": "'"$fp"'"' "$dir/baseline.json" || { echo "  run $i: the decision is not in the baseline"; missing=1; }
    if [ -n "$left" ] || { [ "$rc" -ne 130 ] && [ "$rc" -ne 0 ]; }; then
      echo "  run $i: exit $rc after Ctrl-C, left behind: ${left:-nothing}"; missing=1
    fi
  done
  set +m
  if [ "${#serve_times[@]}" -gt 0 ]; then
    printf '%s\n' "${serve_times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2;
      printf "  start-up median %.3f s, min %.3f s, max %.3f s (target < 1.5 s)\n", m/1000, a[1]/1000, a[NR]/1000}'
    echo "  Ctrl-C: every run stopped; lock and temp files left behind: ${left:-none}"
  fi
fi
echo
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$missing"
