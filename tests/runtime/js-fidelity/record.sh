#!/bin/sh
# Re-records the expected output of every program with the real Node (npx node: the project's Node 22, which strips
# TypeScript types itself). Each .out holds stdout, then a line `exit N`.
cd "$(dirname "$0")" || exit 1
for f in *.ts; do
  out="${f%.ts}.out"
  cp "$f" "/tmp/awaitable-fidelity.mts"
  npx node --no-warnings /tmp/awaitable-fidelity.mts > "$out" 2>/dev/null
  echo "exit $?" >> "$out"
done
rm -f /tmp/awaitable-fidelity.mts
