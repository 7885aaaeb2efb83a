#!/usr/bin/env bash
# Rebuilds the placeholder packages in this folder from src/*.nuspec.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for spec in "$here"/src/*.nuspec; do
  dotnet pack "$here/src/Placeholder.csproj" -p:NuspecFile="$spec" -p:NuspecBasePath="$here/src" \
    -o "$here" --nologo -v quiet
done
rm -rf "$here/src/bin" "$here/src/obj"
ls -1 "$here"/*.nupkg
