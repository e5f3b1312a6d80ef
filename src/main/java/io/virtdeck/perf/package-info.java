/**
 * Performance from a Prometheus-compatible API: the queries VirtDeck builds for KubeVirt's VM
 * metrics, restricted on the server to the namespaces the user may see, the non-blocking client
 * that shares identical queries between sessions, and the figures the views show (charts, top
 * consumers, host usage).
 */
@org.jspecify.annotations.NullMarked
package io.virtdeck.perf;
