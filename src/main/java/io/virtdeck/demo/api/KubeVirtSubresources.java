package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import io.virtdeck.demo.api.authz.Identity;
import io.virtdeck.demo.api.authz.RequestAttributes;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code subresources.kubevirt.io/v1} power actions that virt-api serves: {@code PUT} on {@code
 * virtualmachines/NAME/start|stop|restart} and {@code virtualmachineinstances/NAME/pause|unpause}.
 * Answered with 202 Accepted and an empty body, or a Status (404, 409) as KubeVirt sends it; an
 * accepted action is recorded as an Event ({@link ApiEvents}).
 */
final class KubeVirtSubresources {

  static final String GROUP = "subresources.kubevirt.io";

  private final VirtApiVmActions vms;
  private final VmiActions vmis;
  private final VolumeActions volumes;

  KubeVirtSubresources(StoreAccess store) {
    var events = new ApiEvents(store);
    this.vms = new VirtApiVmActions(store, events);
    this.vmis = new VmiActions(store, events);
    this.volumes = new VolumeActions(store, events);
  }

  /**
   * The answer to a PUT on a KubeVirt subresource, or null if the request is none of those.
   *
   * @param identity the impersonated user, null when the request impersonates nobody
   */
  @Nullable MockResponse answer(
      String method, RequestAttributes request, String body, @Nullable Identity identity) {
    if (!"PUT".equals(method)
        || !request.group().equals(GROUP)
        || request.namespace().isEmpty()
        || request.name().isEmpty()) {
      return null;
    }
    String ns = request.namespace();
    String name = request.name();
    String user = identity == null ? null : identity.username();
    return switch (request.resource() + "/" + request.subresource()) {
      case "virtualmachines/start" -> vms.start(ns, name, user);
      case "virtualmachines/stop" -> vms.stop(ns, name, options(body), user);
      case "virtualmachines/restart" -> vms.restart(ns, name, options(body), user);
      case "virtualmachines/addvolume" -> volumes.add(ns, name, options(body), user);
      case "virtualmachines/removevolume" -> volumes.remove(ns, name, options(body), user);
      case "virtualmachineinstances/pause" -> vmis.pause(ns, name, user);
      case "virtualmachineinstances/unpause" -> vmis.unpause(ns, name, user);
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
