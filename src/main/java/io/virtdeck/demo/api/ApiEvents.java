package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.demo.events.KubeEvents;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events virt-api records for an accepted power action: a Normal event on the VM or VMI, reason
 * {@code StartRequested}, {@code StopRequested} and so on, message {@code "Start requested by
 * helpdesk"} (the impersonated user, if any, then an optional detail). One store create each.
 */
final class ApiEvents {

  static final String COMPONENT = "virt-api";
  private static final Logger LOG = LoggerFactory.getLogger(ApiEvents.class);

  private final StoreAccess store;

  ApiEvents(StoreAccess store) {
    this.store = store;
  }

  /**
   * Records that {@code action} ("Start", "Stop", ...) was requested on {@code object}.
   *
   * @param user the impersonated user, or null
   * @param detail appended after a colon, or null
   */
  void requested(
      GenericKubernetesResource object,
      String action,
      @Nullable String user,
      @Nullable String detail) {
    String message =
        action
            + " requested"
            + (user == null ? "" : " by " + user)
            + (detail == null ? "" : ": " + detail);
    var event =
        KubeEvents.event(
            KubeEvents.reference(object),
            KubeEvents.NORMAL,
            action + "Requested",
            message,
            COMPONENT,
            null,
            Instant.now());
    String ns = object.getMetadata().getNamespace();
    int code = store.create("/api/v1/namespaces/" + ns + "/events", Serialization.asJson(event));
    if (code >= 300) {
      LOG.warn(
          "Event {} on {}/{} not recorded: HTTP {}",
          action,
          ns,
          object.getMetadata().getName(),
          code);
    }
  }
}
