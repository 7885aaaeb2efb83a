#!/usr/bin/env bash
# The one test command: installs and starts everything the tests need, runs every test project,
# and ends with the line "N passed, N failed". Exits non-zero on any failure or when no test ran.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/TestResults"
rm -rf "$results"
# Release, as the bot ships: a Debug build marks the project's own assemblies "do not optimize", so every method of the
# bot, the engine and the assessment runs unoptimized in every test host and child bot (the JIT's minopts).
configuration=Release

# Every .NET process of this run lives for seconds to minutes and spends much of its CPU in the JIT: tiered PGO compiles
# hot methods a second time to instrument them, and W^X maps each piece of new code twice; both pay off only in
# long-lived processes (Microsoft's runtime configuration docs). The build, the test hosts and the bots they start all
# inherit this; the bot's own settings stay as they ship. A whole-solution rebuild took 48-60 CPU-s instead of 64-88.
export DOTNET_TieredPGO=0 DOTNET_EnableWriteXorExecute=0
# MSBuild and the compiler server run most of their code once per build: without tiering, code that isn't precompiled is
# compiled optimized once instead of quickly and then again (37-49 CPU-s instead of 48-60, five rebuilds each).
build_tool() { DOTNET_TieredCompilation=0 dotnet "$@"; }

say() { printf '==> [%ss] %s\n' "$SECONDS" "$*"; }

# Web Chat's prebuilt bundle, which the bot's build copies: one tarball from the npm registry, checked against the sha512
# in package.json (webchat/fetch-bundle.mjs, also npm ci's postinstall). Seconds, so the build need not wait for npm ci.
fetch_webchat_bundle() {
  say "Web Chat bundle (npm pack botframework-webchat)"
  node webchat/fetch-bundle.mjs
}

install_node_tools() {
  if [ ! -x node_modules/.bin/azurite-blob ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci (Azurite, the Teams manifest schemas)"
    # --ignore-scripts: the tests use prebuilt files only (Azurite, JSON schemas); the bundle is fetched beside it above.
    # --prefer-offline: the lockfile pins each version and its sha512, so a package already in npm's cache is taken from
    # there without asking the registry again (471 requests; 82 s instead of 215 s with a warm cache at load 30).
    npm ci --no-audit --no-fund --loglevel=error --ignore-scripts --prefer-offline || return 1
    say "npm ci done"
  fi
}

# The browser test drives Debian's headless Chromium, the headless shell Playwright itself uses (Playwright can't
# download its own browser here): no GTK or desktop packages to install beside it. CI runs as root on a clean machine;
# elsewhere sudo is used when present.
install_chromium() {
  [ -x /usr/bin/chromium-headless-shell ] && return 0
  say "apt-get install chromium-headless-shell (for the Web Chat browser test)"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium-headless-shell >/dev/null || return 1
}

# One test needs Chromium, so nothing waits for its install: it runs from the start, beside the restore and npm ci, and
# the browser test waits for the file that says how it ended (ChromiumBrowser reads BONECOACH_CHROMIUM_INSTALL). On a
# clean machine it took 41 s after npm ci, and the bot's tests started only when it ended.
chromium_status=$(mktemp -u -t bonecoach-chromium-XXXXXX)
export BONECOACH_CHROMIUM_INSTALL=$chromium_status
install_chromium_and_say_how_it_ended() {
  local outcome=ok
  install_chromium || outcome="apt-get install chromium-headless-shell failed (its output is above)"
  echo "$outcome" >"$chromium_status.tmp" && mv "$chromium_status.tmp" "$chromium_status"
  [ "$outcome" = ok ]
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start_azurite() {
  local port dir
  port=$(free_port) || return 1
  dir=$(mktemp -d -t azurite-XXXXXX)
  say "Azurite blob on 127.0.0.1:$port"
  # --disableTelemetry: Azurite otherwise collects usage data and tries to send it (CPU, and no test run should).
  node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort "$port" --location "$dir" --silent --disableTelemetry \
    >"$dir.log" 2>&1 &
  azurite_pid=$!
  azurite_dir=$dir
  # Wait for the port to accept connections (bounded: 60 s).
  for _ in $(seq 1 120); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      export BONECOACH_TEST_BLOB_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
      return 0
    fi
    kill -0 "$azurite_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "Azurite did not start:" >&2; cat "$dir.log" >&2 2>/dev/null
  return 1
}

# The build's own compiler server (see the build below), found by its pipe name: this run's, no other.
compiler_server="bonecoach-test-$$"
stop_compiler_server() {
  local pid
  for pid in $(pgrep -f -- "-pipename:$compiler_server\$"); do kill "$pid" 2>/dev/null; done
  return 0
}

stop_services() {
  stop_compiler_server
  # SIGKILL, not SIGTERM: Azurite takes about 80 s to shut down gracefully, and its folder is thrown away anyway.
  [ -n "${azurite_pid:-}" ] && kill -9 "$azurite_pid" 2>/dev/null && wait "$azurite_pid" 2>/dev/null
  [ -n "${azurite_dir:-}" ] && rm -rf "$azurite_dir" "$azurite_dir.log"
  rm -f "$chromium_status" "$chromium_status.tmp"
  return 0
}
trap stop_services EXIT

summarize() {
  local passed=0 failed=0 total=0 file n
  for file in "$results"/*.trx; do
    [ -e "$file" ] || continue
    n=$(grep -o '<Counters [^>]*' "$file" | head -1)
    passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$n")))
    failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$n") + $(sed -E 's/.* error="([0-9]+)".*/\1/' <<<"$n")))
    total=$((total + $(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$n")))
  done
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$total" -gt 0 ]
}

# A test host allocates gigabytes over a run, and the GC sizes its youngest generation from the CPU's cache, which this
# machine kind doesn't report: about 2 MB, so ten million 100-byte arrays cost 612 collections, and 19 with 64 MB.
# BoneCoachBot.Tests' classes that need no child process or time-out took 85.9-95.0 CPU-s with 64 MB against
# 91.9-104.3 (four runs each, interleaved). Test hosts only: a child bot lives for seconds, and the fresh pages cost it
# more (Support/BotProcess).
test_host_gen0=0x4000000

# One test assembly in the background, its lines prefixed with its name; its TRX lands in $results.
test_pids=()
run_assembly() {
  local name=$1
  say "dotnet test $name"
  DOTNET_GCgen0size=$test_host_gen0 dotnet test "tests/$name/bin/$configuration/net10.0/$name.dll" \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 | sed -u "s/^/[$name] /" &
  test_pids+=($!)
}

wait_for_assemblies() {
  local pid failed=0
  for pid in "${test_pids[@]}"; do wait "$pid" || failed=1; done
  return $failed
}

# The steps overlap where they can: npm ci and chromium (downloads and disk) run while the whole solution is built,
# once, as soon as the Web Chat bundle is there; BoneCoachBot.Tests, the longest, starts as soon as Azurite runs, and
# the engine and assessment tests beside it.
status=0
install_chromium_and_say_how_it_ended &
chromium_pid=$!
install_node_tools &
tools_pid=$!
fetch_webchat_bundle &
bundle_pid=$!
# One restore for the whole solution, so the build does not restore (and re-read every project) on its own.
say "dotnet restore"
build_tool restore BoneCoachBot.sln -nologo -v minimal || status=1
wait "$bundle_pid" || status=1
if [ $status -eq 0 ]; then
  say "dotnet build"
  # One compiler server for the build's seven projects (UseSharedCompilation, which this machine's environment may turn
  # off), under a name of this run's own, stopped right after: without it each project starts a compiler of its own.
  build_tool build BoneCoachBot.sln -c $configuration --no-restore -nologo -v minimal \
    -p:UseSharedCompilation=true "-p:SharedCompilationId=$compiler_server" || status=1
  stop_compiler_server
fi
run_engine_and_assessment_tests() {
  run_assembly BoneCoach.Dialogs.Tests
  run_assembly BoneCoach.Assessment.Tests
}
if [ $status -eq 0 ]; then
  # BoneCoachBot.Tests, the longest, goes first once Azurite runs; while npm ci still runs, the engine and assessment
  # tests use the wait. Child bots run the build output: ReadyToRun images of it saved about
  # 0.3 CPU-s a child (a start and 21 turns, four of each; the killed-bot suite alone took 75-92 CPU-s either way)
  # and cost 22 CPU-s of crossgen2 on a clean machine, before the bot's tests could start.
  engine_first=0
  kill -0 "$tools_pid" 2>/dev/null && engine_first=1 && run_engine_and_assessment_tests
  if wait "$tools_pid" && start_azurite; then
    run_assembly BoneCoachBot.Tests
  else
    status=1
  fi
  [ $engine_first -eq 1 ] || run_engine_and_assessment_tests
fi
wait_for_assemblies || status=1
wait "$chromium_pid" || status=1
stop_services
say "finished"
summarize || status=1
exit $status
