package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import io.virtdeck.demo.api.authz.RequestAttributes;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code subresources.kubevirt.io/v1} power actions that virt-api serves: {@code PUT} on {@code
 * virtualmachines/NAME/start|stop|restart} and {@code virtualmachineinstances/NAME/pause|unpause}.
 * Answered with 202 Accepted and an empty body, or a Status (404, 409) as KubeVirt sends it.
 */
final class KubeVirtSubresources {

  static final String GROUP = "subresources.kubevirt.io";

  private final VmActions vms;
  private final VmiActions vmis;

  KubeVirtSubresources(StoreAccess store) {
    this.vms = new VmActions(store);
    this.vmis = new VmiActions(store);
  }

  /** The answer to a PUT on a KubeVirt subresource, or null if the request is none of those. */
  @Nullable MockResponse answer(String method, RequestAttributes request, String body) {
    if (!"PUT".equals(method)
        || !request.group().equals(GROUP)
        || request.namespace().isEmpty()
        || request.name().isEmpty()) {
      return null;
    }
    String ns = request.namespace();
    String name = request.name();
    return switch (request.resource() + "/" + request.subresource()) {
      case "virtualmachines/start" -> vms.start(ns, name);
      case "virtualmachines/stop" -> vms.stop(ns, name, options(body));
      case "virtualmachines/restart" -> vms.restart(ns, name);
      case "virtualmachineinstances/pause" -> vmis.pause(ns, name);
      case "virtualmachineinstances/unpause" -> vmis.unpause(ns, name);
      default -> StatusResponses.notFound();
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> options(String body) {
    if (body.isBlank()) {
      return Map.of();
    }
    try {
      return Serialization.unmarshal(body, Map.class);
    } catch (RuntimeException unreadable) {
      return Map.of();
    }
  }
}
