#!/usr/bin/env bash
# tavle side by side with Taskwarrior 2.6 (`task`) on equal work, in one run.
#
#   scripts/bench-compare.sh [--records N] [--years Y] [--repetitions R] [--dir DIR]
#
# Builds tavle as scripts/install.sh does (release, the Swift runtime linked in: what a server
# runs; or uses $TAVLE_BIN), installs `task` if it is missing, makes N
# youths with several years of notes and contacts (`tavle dev generate`), and gives Taskwarrior
# the same work: as many pending tasks as the board has active youths, as many completed tasks
# as it has discharged ones, each task with as many annotations as a youth has notes on average.
# Then it times each tavle command and Taskwarrior's nearest one in turn (R repetitions each,
# medians), and a floor for each listing: one process (`cat`) reading the index and writing as
# many bytes as the listing prints. It prints a markdown table with the ratios tavle/task and
# tavle/floor, the ratio to the floor of what any listing costs before it makes anything
# (starting tavle, and noticing a youth file changed outside tavle), one tavle note at 100
# youths (a write must not grow with the board) and the peak memory of the big commands. Data lives under DIR (default .build-bench/compare, on the real
# disk); every tavle write is fsynced as in daily use. Nothing here is a pass/fail test: it
# prints figures for docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

records=10000 years=3 reps=5 dir="$PWD/.build-bench/compare"
while [ $# -gt 0 ]; do
    case "$1" in
        --records) records="$2"; shift 2 ;;
        --years) years="$2"; shift 2 ;;
        --repetitions) reps="$2"; shift 2 ;;
        --dir) dir="$2"; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
        *) echo "bench-compare: unknown option $1 (see --help)" >&2; exit 1 ;;
    esac
done

if [ -z "${TAVLE_BIN:-}" ]; then
    echo "building tavle (release, --static-swift-stdlib, as installed) …" >&2
    swift build -c release --static-swift-stdlib --product tavle >/dev/null
    TAVLE_BIN="$(swift build -c release --show-bin-path)/tavle"
fi
if ! command -v task >/dev/null 2>&1; then
    echo "installing taskwarrior …" >&2
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq taskwarrior >/dev/null
fi
export TAVLE_TODAY=2026-11-22 TAVLE_LANG=en

mkdir -p "$dir"
big="$dir/tavle-$records-$years" small="$dir/tavle-100-$years"
gen_s=""
if [ ! -f "$big/team.json" ]; then
    t0=$(date +%s%N)
    "$TAVLE_BIN" dev generate --youths "$records" --years "$years" --seed 42 --data "$big" >&2
    gen_s=$(awk -v ns=$(( $(date +%s%N) - t0 )) 'BEGIN { printf "%.1f", ns / 1e9 }')
fi
[ -f "$small/team.json" ] || "$TAVLE_BIN" dev generate --youths 100 --years "$years" --seed 42 --data "$small" >&2
# The first open (writes the index when there is none): timed once, as it only happens once.
first_s=""
if [ ! -f "$big/index.json" ]; then
    t0=$(date +%s%N)
    "$TAVLE_BIN" list --data "$big" >/dev/null
    first_s=$(awk -v ns=$(( $(date +%s%N) - t0 )) 'BEGIN { printf "%.2f", ns / 1e9 }')
fi
"$TAVLE_BIN" list --data "$small" >/dev/null

# The work on the board: active and discharged youths, and the average notes per youth.
read -r active discharged notes < <(python3 - "$big/youths" <<'EOF'
import json, os, sys
d = sys.argv[1]; n = t = a = 0
for f in os.listdir(d):
    if f.endswith(".json"):
        with open(os.path.join(d, f), encoding="utf-8") as fh: y = json.load(fh)
        t += len(y.get("notes", [])); n += 1
        a += y.get("phase") != "discharged"
print(a, n - a, max(1, round(t / max(1, n))))
EOF
)
export TASKRC="$dir/taskrc" TASKDATA="$dir/task-$active-$discharged-$notes"
printf 'data.location=%s\nconfirmation=no\nverbose=nothing\nhooks=off\nnews.version=2.6.2\n' "$TASKDATA" >"$TASKRC"
if [ ! -f "$TASKDATA/pending.data" ]; then
    echo "importing $active pending and $discharged completed tasks with $notes annotations each into Taskwarrior …" >&2
    mkdir -p "$TASKDATA"
    python3 - "$active" "$discharged" "$notes" >"$dir/tasks.json" <<'EOF'
import json, sys, uuid, random
p, c, k = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]); rnd = random.Random(42)
texts = ["Hjemmebesøk, god samtale om skole og søvn.", "Møtte mor, hun er sliten men samarbeider.",
         "Uteble fra avtale, ringte etterpå.", "Gikk tur, snakket om jobb."]
out = []
for i in range(p + c):
    anns = [{"entry": "2026%02d%02dT1%d%02d%02dZ" % (rnd.randint(1, 11), rnd.randint(1, 28), rnd.randint(0, 6), j // 60, j % 60),
             "description": rnd.choice(texts)} for j in range(k)]
    t = {"uuid": str(uuid.UUID(int=rnd.getrandbits(128))), "status": "pending" if i < p else "completed",
         "description": "Ungdom %05d" % i, "entry": "20240101T100000Z",
         "project": "tavle", "priority": rnd.choice(["H", "M", "L"]), "annotations": anns}
    if i >= p: t["end"] = "20260101T100000Z"
    out.append(t)
json.dump(out, sys.stdout)
EOF
    task import "$dir/tasks.json" >/dev/null 2>&1
    task list >/dev/null 2>&1 || true   # let Taskwarrior settle its files (gc) before timing
fi

# One command's wall time in microseconds (output thrown away).
ms() {
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000 ))
}
med() { sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'; }
# The medians (ms) of two commands run in turn (A, B, A, B …), so the machine's drift touches both alike.
paired() {
    local n=$1; shift
    local as=() bs=() i
    for ((i = 0; i < n; i++)); do as+=("$(ms $1)"); bs+=("$(ms $2)"); done
    printf '%s %s\n' "$(printf '%s\n' "${as[@]}" | med)" "$(printf '%s\n' "${bs[@]}" | med)"
}
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1/1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }'; }

n=0
T() { "$TAVLE_BIN" "$@" --data "$big"; }
t_list() { T list; };            k_list() { task list; }
t_json() { T list --json; };     k_pend() { task status:pending export; }
t_due() { T due; };              k_next() { task next; }
t_duej() { T due --json; }
t_export() { T export --format json; };  k_export() { task export; }
tavle_note() { n=$((n + 1)); "$TAVLE_BIN" note "$1" "Benchmark note $n" --data "$2"; }
note_big() { tavle_note g00042 "$big"; };   note_small() { tavle_note g00042 "$small"; }
k_annotate() { n=$((n + 1)); task 1 annotate "Benchmark note $n"; }
# The floor of a listing: one process reading the index and writing the listing's bytes.
floor_for() { rm -f "$dir/out.floor"; (umask 077; "$@" >"$dir/out.floor"); }
floor() { cat "$big/index.json" "$dir/out.floor"; }

# What any listing costs before it makes anything, whatever its design: starting the program as
# installed, and noticing a youth file changed outside tavle (listing the youths' directory and one
# lstat per file; `find -newer` does that and nothing more). Their sum is "least" in the table.
t_start() { "$TAVLE_BIN" --version; }
t_notice() { find "$big/youths" -newer "$big/index.json" -name '*.json'; }

echo "timing ($reps repetitions each, medians; tavle and task in turn) …" >&2
t_start >/dev/null; t_notice >/dev/null   # once untimed: a failure stops the script (set -e)
read -r start_ms notice_ms < <(paired $((3 * reps)) t_start t_notice)
least_ms=$(awk -v a="$start_ms" -v b="$notice_ms" 'BEGIN { printf "%.1f", a + b }')
rows=()
row() {  # name, tavle function, task function, task words
    local name=$1 tf=$2 kf=$3 words=$4 t k f
    floor_for $tf
    local bytes; bytes=$(stat -c %s "$dir/out.floor")
    read -r t k < <(paired "$reps" $tf $kf)
    read -r f _ < <(paired "$reps" floor true)
    rows+=("| $name / \`$words\` | $t | $k | $(ratio "$t" "$k") | $f ($((bytes / 1024)) KB) | $(ratio "$t" "$f") | $(ratio "$least_ms" "$f") |")
}
row "\`tavle list\`" t_list k_list "task list"
row "\`tavle list --json\`" t_json k_pend "task status:pending export"
row "\`tavle due\`" t_due k_next "task next"
row "\`tavle due --json\`" t_duej k_pend "task status:pending export"
row "\`tavle export --format json\`" t_export k_export "task export"
read -r t_note k_note < <(paired "$reps" note_big k_annotate)
read -r t_note_small t_note_paired < <(paired $((3 * reps)) note_small note_big)
# A label that names one youth still followed up: the first listed with a numbered label (one of
# several namesakes, the harder case), else the first listed. g00042's own label named only a
# discharged youth at 100 and thirty namesakes at 10,000, so rounds before 9 timed a refusal.
pick_label() {
    "$TAVLE_BIN" list --json --data "$1" | python3 -c 'import json, sys
rows = json.load(sys.stdin)
print(next((r["asciiLabel"] for r in rows if any(c.isdigit() for c in r["asciiLabel"])), rows[0]["asciiLabel"]))'
}
label_big=$(pick_label "$big") label_small=$(pick_label "$small")
for d in "$big" "$small"; do
    l=$label_big; [ "$d" = "$small" ] && l=$label_small
    "$TAVLE_BIN" note "$l" "Benchmark label check" --data "$d" >/dev/null || { echo "bench-compare: a note by label $l was refused in $d" >&2; exit 1; }
done
label_small() { tavle_note "$label_small" "$small"; }
label_big() { tavle_note "$label_big" "$big"; }
read -r t_label_small t_label < <(paired $((3 * reps)) label_small label_big)
m_list=$(peak "$TAVLE_BIN" list --json --data "$big")
m_export=$(peak "$TAVLE_BIN" export --format json --data "$big")
m_note=$(peak "$TAVLE_BIN" note g00042 "Peak memory note" --data "$big")
m_stats=$(peak "$TAVLE_BIN" stats --data "$big")
m_purge=$(peak "$TAVLE_BIN" purge --dry-run --data "$big")
m_fidelity=$(peak "$TAVLE_BIN" fidelity --data "$big")
m_today=$(peak "$TAVLE_BIN" today --data "$big")
m_task=$(peak task export)

echo
echo "$records youths, $years years: $active active ($active pending tasks), $discharged discharged ($discharged completed tasks), $notes notes (annotations) each on average"
echo
echo "| tavle / task | tavle (ms) | task (ms) | tavle/task | floor (ms) | tavle/floor | least/floor |"
echo "|---|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo "| \`tavle note ID\` / \`task 1 annotate\` | $t_note | $k_note | $(ratio "$t_note" "$k_note") | | | |"
echo
echo "least: $least_ms ms, what any listing costs before it makes anything = starting tavle (\`tavle --version\`, $start_ms ms) + noticing a youth file changed outside tavle (\`find youths -newer index.json\`: the directory listed, one lstat per file, $notice_ms ms)"
echo
echo "| tavle alone | figure |"
echo "|---|---:|"
[ -z "$gen_s" ] || echo "| \`tavle dev generate --youths $records --years $years\` | $gen_s s |"
[ -z "$first_s" ] || echo "| first open without an index (\`tavle list\`, writes the index) | $first_s s |"
echo "| one note by id at 100 youths | $t_note_small ms |"
echo "| one note by id at $records youths | $t_note_paired ms ($(ratio "$t_note_paired" "$t_note_small")× the time at 100, run in turn with it) |"
echo "| one note by label ($label_small) at 100 youths | $t_label_small ms |"
echo "| one note by label ($label_big) at $records youths | $t_label ms ($(ratio "$t_label" "$t_label_small")× the time at 100, run in turn with it) |"
echo "| peak memory, \`tavle list --json\` | $m_list MB |"
echo "| peak memory, \`tavle export --format json\` | $m_export MB |"
echo "| peak memory, \`tavle note\` | $m_note MB |"
echo "| peak memory, \`tavle stats\` (counts each youth as it reads it) | $m_stats MB |"
echo "| peak memory, \`tavle purge --dry-run\` | $m_purge MB |"
echo "| peak memory, \`tavle fidelity\` (keeps only what its items read) | $m_fidelity MB |"
echo "| peak memory, \`tavle today\` | $m_today MB |"
echo "| peak memory, \`task export\` | $m_task MB |"
echo
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(uname -r); $("$TAVLE_BIN" --version 2>/dev/null || echo "tavle ?"), task $(task --version)"
