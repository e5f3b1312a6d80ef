package io.virtdeck.perf;

/**
 * A Prometheus-compatible API that comes with the cluster (the demo cluster's), used when {@code
 * virtdeck.prometheus.url} is not set: a bean of this type makes performance work with no
 * configuration, as the demo cluster's connection does for the cluster.
 */
public record PrometheusEndpoint(String url) {}
