#!/usr/bin/env bash
# tavle side by side with Taskwarrior 2.6 (`task`) on the same amount of data, in one run.
#
#   scripts/bench-compare.sh [--records N] [--years Y] [--repetitions R] [--dir DIR]
#
# Builds tavle in release mode (or uses $TAVLE_BIN), installs `task` if it is missing, makes
# N youths with several years of notes and contacts (`tavle dev generate`) and N tasks carrying
# as many annotations per task as a youth has notes, then times both tools in turn (R
# repetitions each, medians) and prints a markdown table with the ratio tavle/task. Also times
# one tavle update at 100 youths (writes must not grow with the board) and prints each tavle
# command's peak memory. Data lives under DIR (default .build-bench/compare, on the real disk);
# every tavle write is fsynced as in daily use. Nothing here is a pass/fail test: it prints
# figures for docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

records=10000 years=3 reps=7 dir="$PWD/.build-bench/compare"
while [ $# -gt 0 ]; do
    case "$1" in
        --records) records="$2"; shift 2 ;;
        --years) years="$2"; shift 2 ;;
        --repetitions) reps="$2"; shift 2 ;;
        --dir) dir="$2"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "bench-compare: unknown option $1 (see --help)" >&2; exit 1 ;;
    esac
done

if [ -z "${TAVLE_BIN:-}" ]; then
    echo "building tavle (release) …" >&2
    swift build -c release --product tavle >/dev/null
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
[ -f "$big/team.json" ] || "$TAVLE_BIN" dev generate --youths "$records" --years "$years" --seed 42 --data "$big" >&2
[ -f "$small/team.json" ] || "$TAVLE_BIN" dev generate --youths 100 --years "$years" --seed 42 --data "$small" >&2

# Taskwarrior: the same number of records, each with the same number of annotations as the
# average youth has notes, imported once.
notes=$(python3 - "$big/youths" <<'EOF'
import json, os, sys
d = sys.argv[1]; n = t = 0
for f in os.listdir(d):
    if f.endswith(".json"):
        with open(os.path.join(d, f), encoding="utf-8") as fh: t += len(json.load(fh).get("notes", []))
        n += 1
print(max(1, round(t / max(1, n))))
EOF
)
export TASKRC="$dir/taskrc" TASKDATA="$dir/task-$records-$notes"
printf 'data.location=%s\nconfirmation=no\nverbose=nothing\nhooks=off\nnews.version=2.6.2\n' "$TASKDATA" >"$TASKRC"
if [ ! -f "$TASKDATA/pending.data" ]; then
    echo "importing $records tasks with $notes annotations each into Taskwarrior …" >&2
    mkdir -p "$TASKDATA"
    python3 - "$records" "$notes" >"$dir/tasks.json" <<'EOF'
import json, sys, uuid, random
n, k = int(sys.argv[1]), int(sys.argv[2]); rnd = random.Random(42)
texts = ["Hjemmebesøk, god samtale om skole og søvn.", "Møtte mor, hun er sliten men samarbeider.",
         "Uteble fra avtale, ringte etterpå.", "Gikk tur, snakket om jobb."]
out = []
for i in range(n):
    anns = [{"entry": "2026%02d%02dT1%d0000Z" % (rnd.randint(1, 11), rnd.randint(1, 28), rnd.randint(0, 6)),
             "description": rnd.choice(texts)} for _ in range(k)]
    out.append({"uuid": str(uuid.UUID(int=rnd.getrandbits(128))), "status": "pending",
                "description": "Ungdom %05d" % i, "entry": "20260101T100000Z",
                "project": "tavle", "priority": rnd.choice(["H", "M", "L"]), "annotations": anns})
json.dump(out, sys.stdout)
EOF
    task import "$dir/tasks.json" >/dev/null 2>&1
    task list >/dev/null 2>&1 || true   # let Taskwarrior settle its files (gc) before timing
fi

# One command's wall time in milliseconds (output thrown away).
ms() {
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000 ))
}
# The median in ms (three decimals dropped to one) of R runs of a command.
median() {
    local xs=() i
    for ((i = 0; i < reps; i++)); do xs+=("$(ms "$@")"); done
    printf '%s\n' "${xs[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}
# The medians of two commands run in turn (A, B, A, B …, three times as often as the rest: they
# are short), so that the machine's drift touches the 100- and the 10,000-youth case alike.
paired() {
    local as=() bs=() i
    for ((i = 0; i < 3 * reps; i++)); do as+=("$(ms "$1")"); bs+=("$(ms "$2")"); done
    printf '%s %s\n' "$(printf '%s\n' "${as[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}')" \
        "$(printf '%s\n' "${bs[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}')"
}
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1/1024}'; }

id_big=g00042 id_small=g00042
n=0
tavle_note() { n=$((n + 1)); "$TAVLE_BIN" note "$1" "Benchmark note $n" --data "$2"; }
tavle_add() { n=$((n + 1)); "$TAVLE_BIN" add --name "Bench Mark $n" --born 2010-01-01 --data "$1"; }
task_add() { n=$((n + 1)); task add "Benchmark task $n"; }

echo "timing ($reps repetitions each, medians; tavle and task in turn) …" >&2
t_list=$(median "$TAVLE_BIN" list --data "$big");           k_list=$(median task list)
t_json=$(median "$TAVLE_BIN" list --json --data "$big");    k_json=$(median task export)
t_note=$(median tavle_note "$id_big" "$big");               k_add=$(median task_add)
t_add=$(median tavle_add "$big")
note_small() { tavle_note "$id_small" "$small"; }
note_big() { tavle_note "$id_big" "$big"; }
read -r t_note_small t_note_paired < <(paired note_small note_big)
# By the board label a clinician types (KH²) instead of the id: this loads the board's summaries.
label_big=$("$TAVLE_BIN" show "$id_big" --json --data "$big" | python3 -c 'import json, sys; print(json.load(sys.stdin)["label"])')
label_small=$("$TAVLE_BIN" show "$id_small" --json --data "$small" | python3 -c 'import json, sys; print(json.load(sys.stdin)["label"])')
label_small() { tavle_note "$label_small" "$small"; }
label_big() { tavle_note "$label_big" "$big"; }
read -r t_label_small t_label < <(paired label_small label_big)
m_list=$(peak "$TAVLE_BIN" list --json --data "$big")
m_note=$(peak "$TAVLE_BIN" note "$id_big" "Peak memory note" --data "$big")
m_task=$(peak task export)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }'; }
echo
echo "| $records records, $years years, $notes notes each | tavle (ms) | task (ms) | tavle/task |"
echo "|---|---:|---:|---:|"
echo "| list (\`tavle list\` / \`task list\`) | $t_list | $k_list | $(ratio "$t_list" "$k_list") |"
echo "| export as JSON (\`tavle list --json\` / \`task export\`) | $t_json | $k_json | $(ratio "$t_json" "$k_json") |"
echo "| one update (\`tavle note\` / \`task add\`) | $t_note | $k_add | $(ratio "$t_note" "$k_add") |"
echo "| add one record (\`tavle add\` / \`task add\`) | $t_add | $k_add | $(ratio "$t_add" "$k_add") |"
echo
echo "| tavle alone | figure |"
echo "|---|---:|"
echo "| one update at 100 youths | $t_note_small ms |"
echo "| one update at $records youths | $t_note_paired ms ($(ratio "$t_note_paired" "$t_note_small")× the time at 100, run in turn with it) |"
echo "| one update by label ($label_small) at 100 youths | $t_label_small ms |"
echo "| one update by label ($label_big) at $records youths | $t_label ms ($(ratio "$t_label" "$t_label_small")× the time at 100, run in turn with it) |"
echo "| peak memory, \`tavle list --json\` at $records | $m_list MB |"
echo "| peak memory, \`tavle note\` at $records | $m_note MB |"
echo "| peak memory, \`task export\` at $records | $m_task MB |"
echo
echo "machine: $(nproc) cores, $(uname -r); tavle $("$TAVLE_BIN" --version 2>/dev/null || echo ?), $(task --version)"
