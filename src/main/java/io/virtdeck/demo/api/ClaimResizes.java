package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.StatusDetailsBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import io.virtdeck.demo.api.authz.RequestAttributes;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The API server's checks on a claim's new size: a smaller request is invalid (422), a larger one
 * is forbidden (403) unless the claim's StorageClass allows volume expansion, as the
 * PersistentVolumeClaimResize admission plugin answers.
 */
final class ClaimResizes {

  private final StoreAccess store;

  ClaimResizes(StoreAccess store) {
    this.store = store;
  }

  /** The refusal of a change of a claim's size, or null when it is no such change or allowed. */
  @Nullable MockResponse refusal(String method, RequestAttributes request, String body) {
    if (!("PATCH".equals(method) || "PUT".equals(method))
        || !request.group().isEmpty()
        || !"persistentvolumeclaims".equals(request.resource())
        || !request.subresource().isEmpty()
        || request.name().isEmpty()) {
      return null;
    }
    var claim = store.get(VolumeActions.claimPath(request.namespace(), request.name()));
    String wanted = requested(body);
    if (claim == null || wanted == null) {
      return null;
    }
    Object spec = claim.getAdditionalProperties().get("spec");
    String current = spec instanceof Map<?, ?> s ? storage(s) : null;
    if (current == null) {
      return null;
    }
    int compared = bytes(wanted).compareTo(bytes(current));
    var details =
        new StatusDetailsBuilder().withKind("PersistentVolumeClaim").withName(request.name());
    if (compared < 0) {
      return StatusResponses.failure(
          422,
          "Invalid",
          "PersistentVolumeClaim \""
              + request.name()
              + "\" is invalid: spec.resources.requests.storage:"
              + " Forbidden: field can not be less than previous value",
          details);
    }
    String className =
        spec instanceof Map<?, ?> s && s.get("storageClassName") instanceof String n ? n : "";
    var storageClass = store.get("/apis/storage.k8s.io/v1/storageclasses/" + className);
    boolean expandable =
        storageClass != null
            && Boolean.TRUE.equals(
                storageClass.getAdditionalProperties().get("allowVolumeExpansion"));
    if (compared > 0 && !expandable) {
      return StatusResponses.failure(
          403,
          "Forbidden",
          "persistentvolumeclaims \""
              + request.name()
              + "\" is forbidden: only dynamically"
              + " provisioned pvc can be resized and the storageclass that provisions the pvc must"
              + " support resize",
          details);
    }
    return null;
  }

  private static java.math.BigDecimal bytes(String quantity) {
    return Quantity.getAmountInBytes(new Quantity(quantity));
  }

  private static @Nullable String requested(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      Object parsed = Serialization.unmarshal(body, Object.class);
      if (parsed instanceof Map<?, ?> map && map.get("spec") instanceof Map<?, ?> spec) {
        return storage(spec);
      }
      if (parsed instanceof List<?> ops) {
        for (Object op : ops) {
          if (op instanceof Map<?, ?> o
              && "/spec/resources/requests/storage".equals(o.get("path"))
              && o.get("value") != null) {
            return String.valueOf(o.get("value"));
          }
        }
      }
    } catch (RuntimeException unreadable) {
      return null;
    }
    return null;
  }

  private static @Nullable String storage(Map<?, ?> spec) {
    return spec.get("resources") instanceof Map<?, ?> resources
            && resources.get("requests") instanceof Map<?, ?> requests
            && requests.get("storage") != null
        ? String.valueOf(requests.get("storage"))
        : null;
  }
}
