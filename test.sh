#!/usr/bin/env bash
# The one test command: installs and starts everything the tests need, runs every test project,
# and ends with the line "N passed, N failed". Exits non-zero on any failure or when no test ran.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/TestResults"
rm -rf "$results"

say() { printf '==> [%ss] %s\n' "$SECONDS" "$*"; }

install_node_tools() {
  if [ ! -x node_modules/.bin/azurite-blob ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci (Azurite, the Web Chat bundle, the Teams manifest schemas)"
    npm ci --no-audit --no-fund --loglevel=error || return 1
  fi
}

# The browser test drives Debian's chromium (Playwright can't download its own browser here). CI runs as root on a
# clean machine; elsewhere sudo is used when present.
install_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  say "apt-get install chromium (for the Web Chat browser test)"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null || return 1
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start_azurite() {
  local port dir
  port=$(free_port) || return 1
  dir=$(mktemp -d -t azurite-XXXXXX)
  say "Azurite blob on 127.0.0.1:$port"
  node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort "$port" --location "$dir" --silent \
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

stop_services() {
  # SIGKILL, not SIGTERM: Azurite takes about 80 s to shut down gracefully, and its folder is thrown away anyway.
  [ -n "${azurite_pid:-}" ] && kill -9 "$azurite_pid" 2>/dev/null && wait "$azurite_pid" 2>/dev/null
  [ -n "${azurite_dir:-}" ] && rm -rf "$azurite_dir" "$azurite_dir.log"
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

# Short-lived .NET processes (test hosts, the bots they start) spend most of their CPU in the JIT: tiered PGO
# compiles hot methods a second time to instrument them, and W^X maps each piece of new code twice. Both pay off only
# in long-running processes; Microsoft's runtime configuration docs list both switches. Tests only, not the bot.
test_runtime() {
  export DOTNET_TieredPGO=0 DOTNET_EnableWriteXorExecute=0
}

# Build once, then run the test assemblies side by side: the two small ones finish while BoneCoachBot.Tests, which
# waits on real processes (bots, Azurite, chromium) much of the time, is still running.
run_tests() {
  local pids=() project name failed=0
  say "dotnet build"
  dotnet build BoneCoachBot.sln -nologo -v minimal || return 1
  test_runtime
  for project in tests/*/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    say "dotnet test $name"
    dotnet test "$(dirname "$project")/bin/Debug/net10.0/$name.dll" --logger "trx;LogFileName=$name.trx" \
      --results-directory "$results" 2>&1 | sed -u "s/^/[$name] /" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
  return $failed
}

status=0
install_node_tools || status=1
[ $status -eq 0 ] && { install_chromium || status=1; }
[ $status -eq 0 ] && { start_azurite || status=1; }
[ $status -eq 0 ] && { run_tests || status=1; }
stop_services
say "finished"
summarize || status=1
exit $status
