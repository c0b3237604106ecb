#!/usr/bin/env bash
# Builds tavle's libFuzzer targets (Fuzz/*.swift) against the core and runs one for a set time.
#   scripts/fuzz.sh [TARGET] [SECONDS]     e.g. scripts/fuzz.sh YouthFileFuzz 600
# Crashing inputs land in Fuzz/crashes/<target>/; copy each into Tests/TavleCoreTests/Fixtures/fuzz/
# as a regression test once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-YouthFileFuzz}
seconds=${2:-60}
build=.build-fuzz
mkdir -p "$build" "Fuzz/crashes/$target" "$build/corpus-$target"
flags=(-sanitize=fuzzer,address -O -parse-as-library)
if [ ! -f "$build/libTavleCore.a" ] || [ -n "$(find Sources/TavleCore Data/demo -newer "$build/libTavleCore.a" -name '*.swift' -o -newer "$build/libTavleCore.a" -name '*.json' | head -1)" ]; then
    echo "fuzz: building the core with the fuzzer and AddressSanitizer (about a minute)"
    # The demo's JSON is compiled in as a byte array, as SwiftPM's embedInCode does.
    python3 - "$build/res.swift" <<'PY'
import sys
data = open("Data/demo/demo.json", "rb").read()
open(sys.argv[1], "w").write("enum PackageResources { static let demo_json: [UInt8] = [" + ",".join(map(str, data)) + "] }\n")
PY
    swiftc "${flags[@]}" -module-name TavleDemo -emit-module -emit-library -static Data/demo/DemoData.swift "$build/res.swift" \
        -emit-module-path "$build/TavleDemo.swiftmodule" -o "$build/libTavleDemo.a"
    swiftc "${flags[@]}" -module-name TavleCore -emit-module -emit-library -static -I "$build" \
        $(find Sources/TavleCore -name '*.swift') -emit-module-path "$build/TavleCore.swiftmodule" -o "$build/libTavleCore.a"
fi
swiftc "${flags[@]}" -I "$build" -L "$build" -lTavleCore -lTavleDemo "Fuzz/$target.swift" -o "$build/$target"
# Seed corpus: the schema-1 fixture's files and the demo's youths, one file each.
cp Tests/TavleCoreTests/Fixtures/schema1/team.json Tests/TavleCoreTests/Fixtures/schema1/youths/*.json "$build/corpus-$target/" 2>/dev/null || true
head -20 Tests/TavleCoreTests/Fixtures/schema1/journal.jsonl | split -l 1 - "$build/corpus-$target/journal-"
[ -d "Fuzz/seeds/$target" ] && cp Fuzz/seeds/"$target"/* "$build/corpus-$target/"
"$build/$target" -max_total_time="$seconds" -max_len=65536 -artifact_prefix="Fuzz/crashes/$target/" \
    -print_final_stats=1 "$build/corpus-$target" 2>&1 | grep -E "^(#|Done|stat::number_of_executed_units|stat::peak_rss|==|SUMMARY)" | tail -8
echo "fuzz: $target ran for ${seconds}s; crashes (if any) are in Fuzz/crashes/$target/"
