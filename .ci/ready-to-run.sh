#!/usr/bin/env bash
# Usage: .ci/ready-to-run.sh BUILD_OUTPUT COPY
# Makes COPY a copy of the bot's BUILD_OUTPUT (hard links) in which the assemblies a child bot runs (the bot's own and its
# libraries) are ReadyToRun images: precompiled code, as `dotnet publish -p:PublishReadyToRun=true` ships them. Each of
# the test run's ~37 child bots (tests/BoneCoachBot.Tests/Support/BotProcess) then JIT-compiles 3,800 methods in its
# start and first turns instead of 9,000 (the rest are the framework's generics over the bot's types): 3.7 s CPU instead
# of 4.5 (medians of 8 starts and 8 turns each, 2026-12-01, load 3-8). Same IL, same behaviour: the runtime falls back to
# the JIT for any method whose precompiled code it can't use. BUILD_OUTPUT stays as built (the bench runs it).
# Images are kept in a cache keyed by the input's hash, so a library's is compiled once per machine, the bot's per change.
set -uo pipefail
source=${1:?the build output of the bot}
folder=${2:?the copy to make}
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/bonecoach/ready-to-run

# The assemblies a child bot loads (/proc/PID/maps after a start and a few turns), outside the shared framework (already
# ReadyToRun). Azure's are left out: child bots keep state in memory or files.
assemblies=(
  BoneCoachBot BoneCoach.Dialogs BoneCoach.Assessment
  Microsoft.Bot.Builder Microsoft.Bot.Builder.Integration.AspNet.Core Microsoft.Bot.Connector Microsoft.Bot.Schema
  Microsoft.Rest.ClientRuntime Newtonsoft.Json JsonSchema.Net Json.More JsonPointer.Net
  Microsoft.Recognizers.Definitions Microsoft.Recognizers.Text Microsoft.Recognizers.Text.Number Microsoft.Recognizers.Text.DateTime
  Microsoft.IdentityModel.Tokens Microsoft.IdentityModel.Logging
)

# The compiler of the SDK's own version, from NuGet (restored by the helper project).
crossgen=$(dotnet msbuild "$root/.ci/crossgen2/Crossgen2.csproj" -restore -nologo -v:q \
  "-t:ResolveFrameworkReferences;ResolveReadyToRunCompilers" -getItem:Crossgen2Tool 2>/dev/null |
  sed -n 's/^ *"FullPath": "\(.*\)",\{0,1\}$/\1/p' | head -1)
[ -x "$crossgen" ] || { echo "ready-to-run: no crossgen2 found" >&2; exit 1; }

# Compiled against the shared framework the child bots run on (the highest installed 10.0).
shared=$(dirname "$(readlink -f "$(command -v dotnet)")")/shared
runtime=$(ls "$shared/Microsoft.NETCore.App" | sort -V | tail -1)
key_of() { { echo "$crossgen $runtime"; cat "$1"; } | sha256sum | cut -c1-40; }

# Compiles one assembly into the cache, unless it is there already.
compile() {
  local dll=$1 image
  image="$cache/$(key_of "$dll").dll"
  if [ ! -e "$image" ]; then
    "$crossgen" "$dll" -o "$image.$$" --targetos:linux --targetarch:x64 -O \
      -r "$shared/Microsoft.NETCore.App/$runtime/*.dll" -r "$shared/Microsoft.AspNetCore.App/$runtime/*.dll" -r "$source/*.dll" \
      >"$image.$$.log" 2>&1 || { rm -f "$image.$$"; echo "ready-to-run: $(basename "$dll") stays IL (see $image.$$.log)" >&2; return 0; }
    rm -f "$image.$$.log"
    mv "$image.$$" "$image"
  fi
  touch "$image"
}

mkdir -p "$cache"
# Images unused for two weeks go: the bot's own change with every commit.
find "$cache" -type f -mtime +14 -delete 2>/dev/null
export -f compile key_of
export crossgen runtime shared source cache
# Two at a time (2 cores).
printf "$source/%s.dll\n" "${assemblies[@]}" | xargs -P 2 -I{} bash -c 'compile "$1"' _ {}
rm -rf "$folder"
cp -al "$source" "$folder" || exit 1
for name in "${assemblies[@]}"; do
  image="$cache/$(key_of "$source/$name.dll").dll"
  # rm first: the copy's file is a hard link to the build output's.
  if [ -e "$image" ]; then rm "$folder/$name.dll" && cp "$image" "$folder/$name.dll"; fi
done
