#!/usr/bin/env bash
# Builds tavle's libFuzzer targets (Fuzz/*.swift) and runs one for a set time.
#   scripts/fuzz.sh [TARGET] [SECONDS]     e.g. scripts/fuzz.sh YouthFileFuzz 600
#   scripts/fuzz.sh TARGET regress         runs the kept inputs of Tests/TavleCoreTests/Fixtures/fuzz/ once
# Targets:
#   YouthFileFuzz   every loader of the data files (youth, team, journal line, board index), text safety, dates
#   CSVImportFuzz   the spreadsheet import's parsing (Sources/tavle/Import/CSVFile.swift and
#                   ImportColumns.swift, unchanged, over CSV.swift) and its per-field parsing
# Crashing inputs land in Fuzz/crashes/<target>/; copy each into
# Tests/TavleCoreTests/Fixtures/fuzz/<target>/ as a regression test once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-YouthFileFuzz}
seconds=${2:-60}
build=${FUZZ_BUILD:-.build-fuzz}
mkdir -p "$build" "Fuzz/crashes/$target" "$build/corpus-$target"
flags=(-sanitize=fuzzer,address -O -parse-as-library)

newer() { [ ! -f "$1" ] || [ -n "$(find "${@:2}" -newer "$1" \( -name '*.swift' -o -name '*.json' \) 2>/dev/null | head -1)" ]; }

if newer "$build/libTavleCore.a" Sources/TavleCore Data/demo; then
    echo "fuzz: building the core with the fuzzer and AddressSanitizer (about a minute)"
    # The demo's JSON is compiled in as a byte array, as SwiftPM's embedInCode does.
    python3 - "$build/res.swift" <<'PY'
import sys
data = open("Data/demo/demo.json", "rb").read()
open(sys.argv[1], "w").write("enum PackageResources { static let demo_json: [UInt8] = [" + ",".join(map(str, data)) + "] }\n")
PY
    swiftc "${flags[@]}" -module-name TavleDemo -emit-module -emit-library -static Data/demo/DemoData.swift "$build/res.swift" \
        -emit-module-path "$build/TavleDemo.swiftmodule" -o "$build/libTavleDemo.a"
    swiftc "${flags[@]}" -enable-testing -module-name TavleCore -emit-module -emit-library -static -I "$build" \
        $(find Sources/TavleCore -name '*.swift') -emit-module-path "$build/TavleCore.swiftmodule" -o "$build/libTavleCore.a"
fi

sources=("Fuzz/$target.swift")
libs=(-lTavleCore -lTavleDemo)
case $target in
    CSVImportFuzz)
        # CSV.swift from the package's checkout (resolved by any swift build/test).
        csvdir=""
        for d in .build/checkouts/CSV.swift .build-*/checkouts/CSV.swift; do [ -d "$d/Sources/CSV" ] && { csvdir=$d/Sources/CSV; break; }; done
        if [ -z "$csvdir" ]; then swift package resolve >/dev/null && csvdir=.build/checkouts/CSV.swift/Sources/CSV; fi
        if newer "$build/libCSV.a" "$csvdir"; then
            echo "fuzz: building CSV.swift with the fuzzer and AddressSanitizer"
            swiftc "${flags[@]}" -module-name CSV -emit-module -emit-library -static "$csvdir"/*.swift \
                -emit-module-path "$build/CSV.swiftmodule" -o "$build/libCSV.a"
        fi
        sources+=(Fuzz/CSVImportSupport.swift Sources/tavle/Import/CSVFile.swift Sources/tavle/Import/ImportColumns.swift)
        libs=(-lCSV "${libs[@]}")
        ;;
esac
swiftc "${flags[@]}" -module-name "$target" -I "$build" -L "$build" "${libs[@]}" "${sources[@]}" -o "$build/$target"

regress=Tests/TavleCoreTests/Fixtures/fuzz/$target
if [ "$seconds" = regress ]; then
    [ -d "$regress" ] && [ -n "$(ls -A "$regress")" ] || { echo "fuzz: no kept inputs in $regress"; exit 0; }
    "$build/$target" "$regress"/* 2>&1 | tail -3
    echo "fuzz: $target ran every kept input of $regress without a crash"
    exit 0
fi

# Seed corpus: for the file loaders the schema-1 fixture's files and journal lines; each target's
# own seeds in Fuzz/seeds/<target>/; and every kept regression input.
if [ "$target" = YouthFileFuzz ]; then
    cp Tests/TavleCoreTests/Fixtures/schema1/team.json Tests/TavleCoreTests/Fixtures/schema1/youths/*.json "$build/corpus-$target/" 2>/dev/null || true
    head -20 Tests/TavleCoreTests/Fixtures/schema1/journal.jsonl | split -l 1 - "$build/corpus-$target/journal-"
fi
if [ -d "Fuzz/seeds/$target" ]; then cp Fuzz/seeds/"$target"/* "$build/corpus-$target/"; fi
if [ -d "$regress" ]; then cp "$regress"/* "$build/corpus-$target/" 2>/dev/null || true; fi
"$build/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -artifact_prefix="Fuzz/crashes/$target/" \
    -print_final_stats=1 "$build/corpus-$target" 2>&1 | grep -E "^(#|Done|stat::number_of_executed_units|stat::peak_rss|==|SUMMARY)" | tail -8
echo "fuzz: $target ran for ${seconds}s; crashes (if any) are in Fuzz/crashes/$target/"
