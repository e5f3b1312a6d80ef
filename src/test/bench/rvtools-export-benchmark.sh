#!/usr/bin/env bash
# The RVTools export benchmark (docs/BENCHMARKS.md): the scaled demo cluster in its own JVM, then
# VirtDeck's cluster layer and export in a second JVM with a 1 GiB heap, exporting every VM as the
# admin. Arguments (optional): the number of VMs (45000) and of timed runs (3). The scale benchmark
# (scale-benchmark.sh --export-runs=N) runs the same export as one of its lines.
set -euo pipefail
cd "$(dirname "$0")/../../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
VMS="${1:-45000}"
RUNS="${2:-3}"
./mvnw -B -q test-compile -Dspotless.check.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
mkdir -p target/bench
rm -rf target/bench/export-classes && mkdir -p target/bench/export-classes
cp -r target/classes target/test-classes target/bench/export-classes/
CP="target/bench/export-classes/test-classes:target/bench/export-classes/classes:$(cat target/bench.classpath)"
echo "load before: $(cat /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx8g -cp "$CP" io.virtdeck.demo.DemoClusterMain --scale="$VMS" \
  --kubeconfig=target/bench/export.kubeconfig > target/bench/export-cluster.log 2>&1 &
CLUSTER=$!
trap 'kill $CLUSTER 2>/dev/null || true' EXIT
until grep -q DEMO-CLUSTER-READY target/bench/export-cluster.log; do
  kill -0 $CLUSTER || { tail -20 target/bench/export-cluster.log; exit 1; }
  sleep 2
done
"$JAVA_HOME/bin/java" -Xmx1g -XX:+UseCompactObjectHeaders -cp "$CP" \
  io.virtdeck.rvtools.ExportBenchmark target/bench/export.kubeconfig "$RUNS" | grep EXPORT-BENCH
