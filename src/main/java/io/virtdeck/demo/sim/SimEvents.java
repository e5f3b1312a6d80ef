package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.virtdeck.demo.events.KubeEvents;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the events of the simulated virt-controller, virt-handler and scheduler: one create per
 * event, in the object's namespace; a failed create is logged and never stops a simulator step.
 */
final class SimEvents {

  static final String CONTROLLER = "virt-controller";
  static final String HANDLER = "virt-handler";
  static final String SCHEDULER = "default-scheduler";

  private static final Logger LOG = LoggerFactory.getLogger(SimEvents.class);

  private final KubernetesClient admin;

  SimEvents(KubernetesClient admin) {
    this.admin = admin;
  }

  void normal(
      GenericKubernetesResource object,
      String reason,
      String message,
      String component,
      @Nullable String host) {
    record(object, KubeEvents.NORMAL, reason, message, component, host);
  }

  void warning(GenericKubernetesResource object, String reason, String message, String component) {
    record(object, KubeEvents.WARNING, reason, message, component, null);
  }

  private void record(
      GenericKubernetesResource object,
      String type,
      String reason,
      String message,
      String component,
      @Nullable String host) {
    var event =
        KubeEvents.event(
            KubeEvents.reference(object), type, reason, message, component, host, Instant.now());
    String ns = object.getMetadata().getNamespace();
    try {
      admin.v1().events().inNamespace(ns).resource(event).create();
    } catch (KubernetesClientException e) {
      LOG.debug("Event {} on {}/{} not recorded", reason, ns, object.getMetadata().getName(), e);
    }
  }
}
