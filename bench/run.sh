#!/usr/bin/env bash
# Whole-process measurements for issue 9, printed as one table with the ratios the targets are stated in:
#   (a) cold acrlint on one small template, next to a ReadyToRun "hello world" .NET process (the floor)
#   (b) the whole shared corpus in one run: files/s, MB/s of template source, peak memory
#   (c) the corpus with --jobs 1 and --jobs 2, two --jobs 1 runs at once, and two on halves of the corpus
#   (d) a synthetic template set grown 1x, 4x, 16x, one Bicep file of 2,500 and of 10,000 registries, and 2,000 and
#       8,000 task files whose registry is declared in another file
# Needs hyperfine (Debian package) and ../shared/corpus. Both programs are published ReadyToRun first.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(cd "$repo/../shared/corpus" && pwd)
work=${BENCH_WORK:-$(mktemp -d)}
small=${BENCH_SMALL:-$repo/bench/small.bicep}
runs=${BENCH_RUNS:-10}

command -v hyperfine >/dev/null || { [[ $(id -u) -eq 0 ]] && { apt-get install -y -qq hyperfine || { apt-get update -qq && apt-get install -y -qq hyperfine; }; } >/dev/null 2>&1; }
command -v hyperfine >/dev/null || { echo "bench: hyperfine is required"; exit 2; }

echo "bench: publishing ReadyToRun builds into $work" >&2
# Each variant builds in its own artifacts folder: composite and non-composite ReadyToRun images must not mix.
dotnet publish "$repo/src/AcrTemplateLint.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  --artifacts-path "$work/artifacts-fd" -o "$work/acrlint" -nologo -v quiet >&2
dotnet publish "$repo/src/AcrTemplateLint.Cli" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
  --artifacts-path "$work/artifacts-composite" -o "$work/acrlint-composite" -nologo -v quiet >&2
mkdir -p "$work/hello-src"
if [[ ! -f "$work/hello-src/hello.csproj" ]]; then
  (cd "$work/hello-src" && dotnet new console -n hello -o . --force >/dev/null)
fi
dotnet publish "$work/hello-src" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/hello" -nologo -v quiet >&2
acrlint="$work/acrlint/acrlint"
# the .NET tool package as users and pre-commit install it (ReadyToRun code for this machine's platform)
rm -rf "$work/nupkg" "$work/tool"
dotnet pack "$repo/src/AcrTemplateLint.Cli" -c Release -o "$work/nupkg" -nologo -v quiet >&2
dotnet tool install AcrTemplateLint --tool-path "$work/tool" --add-source "$work/nupkg" >/dev/null

mean() { # hyperfine JSON export -> mean seconds of command N
  python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['mean'])" "$1" "$2"
}

# (a) cold start: framework-dependent ReadyToRun publish (README), self-contained composite, the installed .NET tool;
# the programs take turns (bench/turns.py), the mean of 3 x BENCH_RUNS rounds after 5 warm-up rounds
read -r floor single composite tool < <(python3 "$repo/bench/turns.py" "$((runs * 3))" 5 "$work/hello/hello" \
  "$acrlint $small --fail-on never" "$work/acrlint-composite/acrlint $small --fail-on never" "$work/tool/acrlint $small --fail-on never")
# what the JIT still compiles in that run: generic framework code over acrlint's value types is not in any
# ReadyToRun image and is compiled anew by every run (bench/README.md says how to find who asks for it)
rm -f "$work/jit.txt"
DOTNET_JitStdOutFile="$work/jit.txt" DOTNET_JitDisasmSummary=1 "$acrlint" "$small" --fail-on never >/dev/null 2>&1 || true
jitted=$(cat "$work/jit.txt" 2>/dev/null | grep -c "JIT compiled" || true)

# (b) whole corpus in one run: the mean of several runs (one run varies by 10% on a shared machine), and the peak
# memory of one of them
bytes=$(find "$corpus" -type f \( -name '*.json' -o -name '*.jsonc' -o -name '*.bicep' -o -name '*.bicepparam' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
hyperfine -N --warmup 1 --runs 5 --export-json "$work/b.json" \
  "$acrlint $corpus --root $corpus --format json --output $work/corpus.json --fail-on never" >&2
corpus_seconds=$(mean "$work/b.json" 0)
/usr/bin/time -f "%M" -o "$work/b.time" "$acrlint" "$corpus" --root "$corpus" --format json --output "$work/corpus.json" --fail-on never 2>/dev/null || true
peak_kb=$(cat "$work/b.time")
files=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['files'])" "$work/corpus.json")

# (c) threads: runs with 1 and 2 threads take turns (bench/turns.py); the mean of 7 runs each after one warm-up round
threads="$acrlint $corpus --root $corpus --format sarif --output /dev/null --fail-on never --jobs"
# ... and, taking turns with them, two --jobs 1 runs at once: two processes that share nothing (no heap, no lock, no
# serial phase) show how much two of this machine's cores give this work: the reference for --jobs 2
# ... and two --jobs 1 processes, each on half of the corpus and confined to a core of its own: the best that worker
# processes could do instead of threads, with no results to send back (bench/halves.py splits the corpus)
{ read -r half1; read -r half2; } < <(python3 "$repo/bench/halves.py" "$acrlint" "$corpus")
halves="$acrlint --root $corpus --format sarif --output /dev/null --fail-on never --jobs 1"
read -r one two both split < <(python3 "$repo/bench/turns.py" 7 1 "$threads 1" "$threads 2" "sh -c '$threads 1 & $threads 1; wait'" \
  "sh -c 'taskset -c 0 $halves $half1 & taskset -c 1 $halves $half2; wait'")

# (d) growth. Each folder is analysed whole, with the default threads: timed() gives hyperfine's mean of 3 runs per
# folder (after one warm-up run), on one line; peak_of() the peak memory of one run, in KB.
analyse() {
  echo "$acrlint $1 --root $1 --format sarif --output /dev/null --fail-on never"
}
timed() {
  local json=$1 commands=() dir i
  shift
  for dir; do commands+=("$(analyse "$dir")"); done
  hyperfine -N --warmup 1 --runs 3 --export-json "$json" "${commands[@]}" >&2
  echo $(for i in $(seq 0 $(($# - 1))); do mean "$json" "$i"; done)
}
peak_of() {
  /usr/bin/time -f "%M" -o "$work/peak.time" $(analyse "$1") 2>/dev/null || true
  cat "$work/peak.time"
}

# the acr-real and arm-general folders copied 1, 4 and 16 times
rm -rf "$work/grow"
for n in 1 4 16; do
  for i in $(seq 1 "$n"); do mkdir -p "$work/grow/$n/$i" && cp -r "$corpus/acr-real" "$corpus/arm-general" "$work/grow/$n/$i/"; done
done
read -r g1 g4 g16 < <(timed "$work/d.json" "$work/grow/1" "$work/grow/4" "$work/grow/16")
# peak memory per size: it should follow the largest file, not the size of the input
m1=$(peak_of "$work/grow/1"); m4=$(peak_of "$work/grow/4"); m16=$(peak_of "$work/grow/16")
# growth within one file: 2,500 and 10,000 registries in one Bicep file (quadratic passes over a file's declarations
# or resources hide in the corpus, whose files are small)
for n in 2500 10000; do
  mkdir -p "$work/one/$n"
  python3 "$repo/bench/registries.py" "$n" > "$work/one/$n/main.bicep"
done
read -r e1 e4 < <(timed "$work/e.json" "$work/one/2500" "$work/one/10000")
# growth in files that need another file: 2,000 and 8,000 templates of tasks whose registry is declared elsewhere
# (their verdicts wait for every file's registries); time and peak memory, which should not follow the count
for n in 2000 8000; do
  rm -rf "$work/tasks/$n" && python3 "$repo/bench/tasks.py" "$n" "$work/tasks/$n"
done
read -r t1 t4 < <(timed "$work/t.json" "$work/tasks/2000" "$work/tasks/8000")
tm1=$(peak_of "$work/tasks/2000"); tm4=$(peak_of "$work/tasks/8000")

python3 - "$floor" "$single" "$composite" "$tool" "$jitted" "$corpus_seconds" "$peak_kb" "$bytes" "$files" "$one" "$two" "$both" "$split" "$g1" "$g4" "$g16" "$(nproc)" "$m1" "$m4" "$m16" "$e1" "$e4" "$t1" "$t4" "$tm1" "$tm4" <<'PY'
import sys
floor, single, composite, tool, jitted, cs, peak, size, files, one, two, both, split, g1, g4, g16, cores, m1, m4, m16, e1, e4, t1, t4, tm1, tm4 = map(float, sys.argv[1:])
rows = [
    ("(a) hello-world floor (ReadyToRun)", f"{floor*1000:.0f} ms", ""),
    ("(a) acrlint, small Bicep file, ReadyToRun", f"{single*1000:.0f} ms", f"{single/floor:.2f}x floor (target <= 3x)"),
    ("(a) methods the JIT compiles in that run", f"{jitted:.0f}", "the rest is ReadyToRun code"),
    ("(a) same, self-contained composite", f"{composite*1000:.0f} ms", f"{composite/floor:.2f}x floor"),
    ("(a) same, installed .NET tool (dotnet pack)", f"{tool*1000:.0f} ms", f"{tool/floor:.2f}x floor"),
    ("(b) whole corpus, one run (mean of 5)", f"{cs:.2f} s", f"{files:.0f} entry templates, {files/cs:.0f}/s; {size/1e6/cs:.1f} MB/s of template source (target >= 20), {size/1e6:.1f} MB"),
    ("(b) peak memory", f"{peak/1024:.0f} MB", "target <= 300 MB"),
    ("(c) corpus, --jobs 1", f"{one:.2f} s", ""),
    ("(c) corpus, --jobs 2", f"{two:.2f} s", f"speed-up {one/two:.2f}x (target >= 1.7x, {cores:.0f} cores)"),
    ("(c) two --jobs 1 runs at once", f"{both:.2f} s", f"{2*one/both:.2f}x the work of one run in its time: what two separate processes get from the cores"),
    ("(c) two --jobs 1 runs on halves, a core each", f"{split:.2f} s", f"speed-up {one/split:.2f}x: the best two worker processes could do"),
    ("(d) synthetic 1x", f"{g1:.2f} s", ""),
    ("(d) synthetic 4x", f"{g4:.2f} s", f"{g4/g1:.2f}x time for 4x input"),
    ("(d) synthetic 16x", f"{g16:.2f} s", f"{g16/g1:.2f}x time for 16x input (target <= 18x)"),
    ("(d) peak memory 1x / 4x / 16x", f"{m16/1024:.0f} MB", f"{m1/1024:.0f} / {m4/1024:.0f} / {m16/1024:.0f} MB"),
    ("(d) one Bicep file, 2,500 registries", f"{e1:.2f} s", ""),
    ("(d) one Bicep file, 10,000 registries", f"{e4:.2f} s", f"{e4/e1:.2f}x time for 4x input"),
    ("(d) 2,000 task files, registry elsewhere", f"{t1:.2f} s", f"peak memory {tm1/1024:.0f} MB"),
    ("(d) 8,000 task files, registry elsewhere", f"{t4:.2f} s", f"{t4/t1:.2f}x time for 4x input; peak memory {tm4/1024:.0f} MB"),
]
width = max(len(r[0]) for r in rows)
print(f"{'measurement':<{width}}  {'value':>10}  ratio")
for name, value, ratio in rows:
    print(f"{name:<{width}}  {value:>10}  {ratio}")
PY
