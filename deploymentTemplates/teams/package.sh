#!/usr/bin/env bash
# Builds the Teams app package: manifest.json (placeholders filled in) + color.png + outline.png, zipped flat.
# Usage: package.sh --bot-id GUID --site-host HOST --website-url URL [--privacy-url URL] [--terms-url URL]
#                   [--app-id GUID] [--developer NAME] [--version X.Y.Z] [--out FILE.zip]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

usage() { sed -n '3,4p' "$0" | sed 's/^# //' >&2; exit 2; }
fail() { echo "package.sh: $*" >&2; exit 2; }

bot_id='' app_id='' site_host='' website_url='' privacy_url='' terms_url=''
developer='BoneCoach' version='1.0.0' out="$here/build/bonecoach-teams.zip"
while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || usage
  case "$1" in
    --bot-id) bot_id=$2 ;;
    --app-id) app_id=$2 ;;
    --site-host) site_host=$2 ;;
    --website-url) website_url=$2 ;;
    --privacy-url) privacy_url=$2 ;;
    --terms-url) terms_url=$2 ;;
    --developer) developer=$2 ;;
    --version) version=$2 ;;
    --out) out=$2 ;;
    *) usage ;;
  esac
  shift 2
done

guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
[[ $bot_id =~ $guid ]] || fail "--bot-id must be the bot's Microsoft App ID (a GUID); got '$bot_id'"
app_id=${app_id:-$bot_id}
[[ $app_id =~ $guid ]] || fail "--app-id must be a GUID; got '$app_id'"
[[ $site_host =~ ^[A-Za-z0-9.-]+$ ]] || fail "--site-host must be a host name such as bonecoach-prod.azurewebsites.net; got '$site_host'"
privacy_url=${privacy_url:-$website_url}
terms_url=${terms_url:-$website_url}
for url in "$website_url" "$privacy_url" "$terms_url"; do
  # No '|', '&', '\' or quotes: they would break the substitution below or the JSON.
  [[ $url =~ ^https://[^[:space:]\|\&\\\"]+$ ]] || fail "URLs must start with https:// (--website-url is required); got '$url'"
done
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version must be X.Y.Z; got '$version'"
[[ $developer =~ ^[A-Za-z0-9\ .,\'()-]{1,32}$ ]] || fail "--developer must be 1-32 plain characters; got '$developer'"
command -v zip >/dev/null || fail "needs 'zip' (apt-get install zip)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e "s|__BOT_ID__|$bot_id|g" \
    -e "s|__TEAMS_APP_ID__|$app_id|g" \
    -e "s|__SITE_HOST__|$site_host|g" \
    -e "s|__WEBSITE_URL__|$website_url|g" \
    -e "s|__PRIVACY_URL__|$privacy_url|g" \
    -e "s|__TERMS_URL__|$terms_url|g" \
    -e "s|__DEVELOPER_NAME__|$developer|g" \
    -e "s|__APP_VERSION__|$version|g" \
    "$here/manifest.json" >"$work/manifest.json"
if grep -q '__[A-Z_]*__' "$work/manifest.json"; then
  fail "placeholders left in manifest.json: $(grep -o '__[A-Z_]*__' "$work/manifest.json" | sort -u | tr '\n' ' ')"
fi
cp "$here/color.png" "$here/outline.png" "$work/"

# Files at the root of the zip, as Teams requires; -X: no extra file attributes.
(cd "$work" && zip -q -X package.zip manifest.json color.png outline.png)
mkdir -p "$(dirname "$out")"
mv -f "$work/package.zip" "$out"
echo "$out"
