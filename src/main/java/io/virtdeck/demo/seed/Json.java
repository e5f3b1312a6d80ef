package io.virtdeck.demo.seed;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.virtdeck.demo.api.DemoCrds;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small helpers to build generic (map-based) objects and write them. */
final class Json {

  private Json() {}

  /** An ordered map from alternating keys and values; null values are skipped. */
  static Map<String, Object> map(@Nullable Object... keyValues) {
    var result = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        result.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
      }
    }
    return result;
  }

  /** A string map from alternating keys and values. */
  static Map<String, String> strings(String... keyValues) {
    var result = new LinkedHashMap<String, String>();
    for (int i = 0; i < keyValues.length; i += 2) {
      result.put(keyValues[i], keyValues[i + 1]);
    }
    return result;
  }

  /** The operation for one of the demo CRD kinds, without API discovery. */
  static MixedOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      kind(KubernetesClient client, String kind) {
    var crd =
        DemoCrds.ALL.stream()
            .filter(c -> c.kind().equals(kind))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("not a demo CRD: " + kind));
    var context =
        new ResourceDefinitionContext.Builder()
            .withGroup(crd.group())
            .withVersion(crd.version())
            .withKind(crd.kind())
            .withPlural(crd.plural())
            .withNamespaced(crd.namespaced())
            .build();
    return client.genericKubernetesResources(context);
  }

  /** A generic object of a demo CRD kind with the given top-level fields (spec, ...). */
  static GenericKubernetesResource object(
      String kind,
      @Nullable String namespace,
      String name,
      Map<String, String> labels,
      Map<String, String> annotations,
      Map<String, Object> body) {
    var crd = DemoCrds.ALL.stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
    var result = new GenericKubernetesResource();
    result.setApiVersion(crd.apiVersion());
    result.setKind(kind);
    result.setMetadata(
        new ObjectMetaBuilder()
            .withName(name)
            .withNamespace(namespace)
            .withLabels(labels)
            .withAnnotations(annotations)
            .build());
    result.setAdditionalProperties(new LinkedHashMap<>(body));
    return result;
  }

  /**
   * Creates an object of a CRD kind, then sets its status through the status subresource (the API
   * server drops status on create).
   */
  static GenericKubernetesResource createWithStatus(
      KubernetesClient client, GenericKubernetesResource object, Map<String, Object> status) {
    var op = kind(client, object.getKind());
    var namespaced =
        object.getMetadata().getNamespace() == null
            ? op
            : op.inNamespace(object.getMetadata().getNamespace());
    var created = namespaced.resource(object).create();
    var patch = client.getKubernetesSerialization().asJson(map("status", status));
    namespaced
        .withName(object.getMetadata().getName())
        .status()
        .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
    return created;
  }
}
