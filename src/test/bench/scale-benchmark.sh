#!/usr/bin/env bash
# The scale benchmark (docs/BENCHMARKS.md): builds VirtDeck's jar, then starts the demo cluster with
# the scale scenario (and its demo Prometheus) in its own JVM, VirtDeck against it, real Chromium
# sessions, and prints every figure: start-up, memory, change -> browser, grid and search, the peer
# baseline, and the features at scale with their issues' targets (expand a host, a host's VM grid,
# chart open -> drawn for a VM and a host, the top-10 queries, the inventory export).
# Arguments (all optional): --vms=45000 --sessions=20 --churn=200 --seconds=60 --markers=2
# --charts=20 (Performance tabs opened per kind) --top-runs=3 --export-runs=2
# --batch-window=150|50|adaptive|adaptive:100 (VirtDeck's batch window of live updates, ms; default:
# VirtDeck's own, 150 ms fixed)
set -euo pipefail
cd "$(dirname "$0")/../../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false
export XDG_CONFIG_HOME="$PWD/target/xdg/config" XDG_CACHE_HOME="$PWD/target/xdg/cache"
./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
mkdir -p target/bench target/playwright
# run from copies, so that a rebuild during the run changes nothing under it
rm -rf target/bench/classes target/bench/test-classes
cp -r target/classes target/test-classes target/bench/
# VirtDeck runs as the container image runs it (Dockerfile): the jar extracted, the image's start-up
# JVM options, and an AOT cache of loaded and linked classes and of method profiles, made by a
# training run with the same options that starts on the embedded demo cluster with 5,000 VMs
VIRTDECK_JVM_OPTIONS="-XX:+UseCompactObjectHeaders -XX:CompileThresholdScaling=5 -XX:+UseStringDeduplication"
rm -rf target/bench/app
"$JAVA_HOME/bin/java" -Djarmode=tools -jar target/virtdeck.jar extract --destination target/bench/app
"$JAVA_HOME/bin/java" $VIRTDECK_JVM_OPTIONS -XX:AOTCacheOutput=target/bench/app/virtdeck.aot -Dspring.context.exit=onRefresh \
  -jar target/bench/app/virtdeck.jar --server.port=0 --management.server.port=0 \
  --virtdeck.demo.kubeconfig=target/bench/training.kubeconfig --virtdeck.demo.scale=5000 > target/bench/aot-training.log 2>&1
exec "$JAVA_HOME/bin/java" -Dplaywright.driver.tmpdir="$PWD/target/playwright" \
  -cp "target/bench/test-classes:target/bench/classes:$(cat target/bench.classpath)" \
  io.virtdeck.bench.ScaleBenchmark --jar=target/bench/app/virtdeck.jar \
  --aot-cache=target/bench/app/virtdeck.aot --jvm-options="$VIRTDECK_JVM_OPTIONS" "$@"
