/**
 * VirtDeck's own Micrometer metrics, published on {@code /actuator/prometheus}: informer events and
 * retries, caches not watching, open UI sessions and the running version. Finished tasks are
 * counted by the task service, push latency by the UI's live updates.
 */
@org.jspecify.annotations.NullMarked
package io.virtdeck.metrics;
