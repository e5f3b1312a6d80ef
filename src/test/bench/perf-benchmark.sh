#!/usr/bin/env bash
# The performance-charts benchmark (docs/BENCHMARKS.md): the scaled demo cluster and its demo
# Prometheus in their own JVM, then the datacenter Summary's top-10 queries and 20 real-time charts
# at once, sent by VirtDeck's Prometheus client from a second JVM. Arguments (optional): the number
# of VMs (45000) and of timed runs (5). Opening a chart in the browser (click -> drawn) needs VirtDeck
# and a browser: the scale benchmark (scale-benchmark.sh) prints it, with these top-10 queries.
set -euo pipefail
cd "$(dirname "$0")/../../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
VMS="${1:-45000}"
RUNS="${2:-5}"
./mvnw -B -q test-compile -Dspotless.check.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
mkdir -p target/bench
rm -rf target/bench/perf-classes && mkdir -p target/bench/perf-classes
cp -r target/classes target/test-classes target/bench/perf-classes/
CP="target/bench/perf-classes/test-classes:target/bench/perf-classes/classes:$(cat target/bench.classpath)"
echo "load before: $(cat /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx8g -cp "$CP" io.virtdeck.demo.DemoClusterMain --scale="$VMS" \
  --kubeconfig=target/bench/perf.kubeconfig > target/bench/perf-cluster.log 2>&1 &
CLUSTER=$!
trap 'kill $CLUSTER 2>/dev/null || true' EXIT
until grep -q DEMO-PROMETHEUS-READY target/bench/perf-cluster.log; do
  kill -0 $CLUSTER || { tail -20 target/bench/perf-cluster.log; exit 1; }
  sleep 2
done
URL="$(grep DEMO-PROMETHEUS-READY target/bench/perf-cluster.log | awk '{print $2}')"
"$JAVA_HOME/bin/java" -Xmx512m -cp "$CP" io.virtdeck.perf.TopBenchmark "$URL" "$RUNS" | grep PERF-BENCH
