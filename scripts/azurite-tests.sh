#!/usr/bin/env bash
# npm run test:azurite: the blob half of the Actions cache against Azure's own emulator. Installs Azurite
# (npm `azurite`, about 40 s) into a scratch folder, starts its blob service on a free loopback port, and
# runs test/e2e/azurite.test.ts with AZURITE_BLOB_PORT set; extra arguments go to jest. Nothing is left behind.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$scratch"' EXIT
npm install --no-save --no-audit --no-fund --prefix "$scratch" azurite@3.35.0 >/dev/null 2>&1
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })')
(cd "$scratch" && exec node node_modules/azurite/dist/src/blob/main.js --blobHost 127.0.0.1 --blobPort "$port" \
  --inMemoryPersistence --silent --skipApiVersionCheck --disableTelemetry) &
pid=$!
ready=""
for _ in $(seq 100); do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then ready=1 && break; fi
  sleep 0.1
done
[ -n "$ready" ] || { echo "Azurite did not start on 127.0.0.1:$port"; exit 1; }
echo "Azurite $(node -p "require('$scratch/node_modules/azurite/package.json').version") on 127.0.0.1:$port"
npm run --silent build
AZURITE_BLOB_PORT=$port node --experimental-vm-modules --disable-warning=ExperimentalWarning node_modules/jest/bin/jest.js test/e2e/azurite.test.ts "$@"
