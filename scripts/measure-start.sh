#!/usr/bin/env bash
# Start time and peak memory of the two ways to run `npm start` in production: tsx as the runtime
# (TypeScript compiled in memory at every start) and the esbuild bundle in dist/ (plain Node). Each
# run starts the console chat, answers one piped question and exits. Interleaved, N runs each;
# prints the median wall time and peak RSS. Usage: scripts/measure-start.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
npm run --silent build
export TELEGRAM_BOT_TOKEN= DISCORD_TOKEN= CORPUS=
declare -A times rss
for ((i = 0; i < runs; i++)); do
  for way in tsx-binary tsx-import dist; do
    case "$way" in
      tsx-binary) cmd=(node_modules/.bin/tsx adapters/main.ts) ;;
      tsx-import) cmd=(node --import tsx adapters/main.ts) ;;
      dist) cmd=(node dist/adapters/main.js) ;;
    esac
    out=$(echo "siapa presiden ukraina?" | /usr/bin/time -f "%e %M" "${cmd[@]}" 2>&1 >/dev/null | tail -1)
    times[$way]+="${out% *} "
    rss[$way]+="${out#* } "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-12s %12s %14s\n' way "median s" "median RSS MB"
for way in tsx-binary tsx-import dist; do
  t=$(echo "${times[$way]}" | median)
  m=$(echo "${rss[$way]}" | median)
  printf '%-12s %12s %14.0f\n' "$way" "$t" "$(echo "$m / 1024" | bc -l)"
done
