#!/usr/bin/env bash
# The console benchmark (docs/BENCHMARKS.md, "Consoles"): VirtDeck on its embedded demo cluster in
# one JVM, consoles of shop/web-01 opened as helpdesk through VirtDeck's relay and straight to the
# demo API, then in Chromium (/usr/bin/chromium, never a downloaded browser). Prints every figure.
# Arguments (all optional): --opens=50 --keys=300 --frames=300 --consoles=50 --browser-runs=10
# --browser-keys=100
set -euo pipefail
cd "$(dirname "$0")/../../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false
export XDG_CONFIG_HOME="$PWD/target/xdg/config" XDG_CACHE_HOME="$PWD/target/xdg/cache"
./mvnw -B -q test-compile -Dspotless.check.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/console-bench.classpath
mkdir -p target/bench target/playwright
exec "$JAVA_HOME/bin/java" -Dplaywright.driver.tmpdir="$PWD/target/playwright" \
  -cp "target/test-classes:target/classes:$(cat target/console-bench.classpath)" \
  io.virtdeck.console.ConsoleBenchmark "$@"
