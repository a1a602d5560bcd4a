#!/usr/bin/env bash
# The SDK compatibility suite: starts `atrium demo` (sandbox tools, a sync of each, the API) on free ports
# with a store of its own, runs the official Kombo SDK against it, and stops the demo whatever happens.
# Needs the jar (./mvnw -q package -DskipTests), a JDK and Node 20 or later.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/server/target/atrium.jar"
[ -f "$jar" ] || { echo "no $jar: build it first with ./mvnw -q package -DskipTests"; exit 1; }

cd "$here"
# The SDK exactly as pinned in package-lock.json; installed again whenever what is there differs.
pinned="$(node -p 'require("./package.json").dependencies["@kombo-api/sdk"]')"
installed="$(node -p 'try { require("./node_modules/@kombo-api/sdk/package.json").version } catch { "" }')"
if [ "$installed" != "$pinned" ]; then
  npm ci --no-audit --no-fund
fi

work="$(mktemp -d)"
demo=""
stop_demo() {
  if [ -n "$demo" ] && kill -0 "$demo" 2>/dev/null; then
    kill "$demo" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$demo" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$demo" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_demo EXIT

port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
echo "== starting the demo on port $port"
# The suite pages through every list many times over: a high per-key limit keeps it from waiting out 429s.
(cd "$root" && exec java -jar "$jar" demo --port "$port" --database "sqlite:$work/atrium.db" \
  --secret-key-file "$work/secret.key" --mappings "$root/mappings" --info-file "$work/demo.json" \
  --api-rate-limit 100000/60) \
  > "$work/demo.log" 2>&1 &
demo=$!
for _ in $(seq 1 180); do
  [ -s "$work/demo.json" ] && break
  if ! kill -0 "$demo" 2>/dev/null; then
    echo "the demo exited early:"; cat "$work/demo.log"; exit 1
  fi
  sleep 1
done
[ -s "$work/demo.json" ] || { echo "the demo did not come up:"; cat "$work/demo.log"; exit 1; }

echo "== @kombo-api/sdk $(node -p 'require("./node_modules/@kombo-api/sdk/package.json").version') against $(node -p "require('$work/demo.json').base_url")"
status=0
# One file at a time, each in a process of its own: the general checks change the demo's data, so they come
# last. (Run directly rather than under `node --test`, whose Node 20 runner can garble a file's results.)
for file in ats-reads.test.js errors.test.js general.test.js; do
  echo "== $file"
  ATRIUM_DEMO_INFO="$work/demo.json" node --test-reporter=spec "$file" || status=1
done
if [ "$status" -ne 0 ]; then
  echo "== the suite failed; the demo's log ends with:"
  tail -n 40 "$work/demo.log"
fi
exit "$status"
