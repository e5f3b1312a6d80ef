/**
 * Demo cluster: a Prometheus-compatible HTTP API ({@code /api/v1/query}, {@code query_range},
 * {@code alerts}) with deterministic synthetic KubeVirt VM series for every running demo VM,
 * computed on demand from the VM's state in the demo cluster, and a few alerts firing on named demo
 * objects. It parses the PromQL shapes VirtDeck sends (selectors, {@code rate}, {@code sum by},
 * {@code topk}); it is not a general PromQL engine.
 */
@org.jspecify.annotations.NullMarked
package io.virtdeck.demo.prometheus;
