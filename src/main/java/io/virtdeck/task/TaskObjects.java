package io.virtdeck.task;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tasks as {@code virtdeck.io/v1alpha1} VirtDeckTask objects in VirtDeck's own namespace, so that
 * every replica shows the same Recent Tasks and a restart forgets none. The spec holds the task's
 * fields and a revision that grows with each change of the task, so that a replica never replaces a
 * newer state by an older one. A user's bearer token is never written.
 */
final class TaskObjects {

  static final String GROUP = "virtdeck.io";
  static final String VERSION = "v1alpha1";
  static final String KIND = "VirtDeckTask";
  static final String PLURAL = "virtdecktasks";

  static final ResourceDefinitionContext CONTEXT =
      new ResourceDefinitionContext.Builder()
          .withGroup(GROUP)
          .withVersion(VERSION)
          .withKind(KIND)
          .withPlural(PLURAL)
          .withNamespaced(true)
          .build();

  private static final String REVISION = "revision";
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private TaskObjects() {}

  /** The object for {@code task} at {@code revision}, named by the task's id. */
  static GenericKubernetesResource toObject(Task task, long revision, String namespace) {
    var object = new GenericKubernetesResource();
    object.setApiVersion(GROUP + "/" + VERSION);
    object.setKind(KIND);
    object.setMetadata(
        new ObjectMetaBuilder().withName(task.id()).withNamespace(namespace).build());
    object.setAdditionalProperty("spec", spec(task, revision));
    return object;
  }

  /** The spec for {@code task} at {@code revision}: its fields, without the user's token. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> spec(Task task, long revision) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put(REVISION, revision);
    spec.putAll(JSON.convertValue(task, Map.class));
    if (spec.get("initiator") instanceof Map<?, ?> initiator) {
      initiator.remove("bearerToken");
    }
    return spec;
  }

  /** The task an object holds, and its revision; empty for an object that is not one. */
  static Optional<Revision> fromObject(GenericKubernetesResource object) {
    if (!(object.getAdditionalProperties().get("spec") instanceof Map<?, ?> spec)
        || !(spec.get(REVISION) instanceof Number revision)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Revision(JSON.convertValue(spec, Task.class), revision.longValue()));
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** A task as kept in the cluster, at its revision. */
  record Revision(Task task, long revision) {}
}
