package io.virtdeck.yaml;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.ResourceCache;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserRequests;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.task.Message;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskService;
import java.util.Optional;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The YAML tab's service: an object's YAML as the user may read it (from the shared cache, in the
 * user's scope, without managedFields), its changes, whether the user may edit it, the review of an
 * edit (checked here, then by the API server in a dry run as the user) and the edit as a task.
 */
@Service
public class ObjectYamls {

  private final ClusterCaches caches;
  private final AccessReviews reviews;
  private final UserRequests requests;
  private final TaskService tasks;

  public ObjectYamls(
      ClusterCaches caches, AccessReviews reviews, UserRequests requests, TaskService tasks) {
    this.caches = caches;
    this.reviews = reviews;
    this.requests = requests;
    this.tasks = tasks;
  }

  /** The object's YAML; empty when it is gone or the user may not list its kind there. */
  public Optional<String> yaml(YamlKind kind, ResourceKey key, UserScopes scopes) {
    if (!scopes.includes(kind.cached(), key.namespace())) {
      return Optional.empty();
    }
    return cache(kind).get(key).map(YamlText::of);
  }

  /** Each change of the object. */
  public Flux<ResourceKey> changes(YamlKind kind, ResourceKey key) {
    return cache(kind).changes().map(ResourceEvent::key).filter(key::equals);
  }

  /** Whether the user may patch the object (else the tab offers no Edit). */
  public boolean mayEdit(UserIdentity user, YamlKind kind, ResourceKey key) {
    return reviews.allowed(user, kind.access("patch", key));
  }

  /**
   * The edit from {@code seen} (the YAML the user began from) to {@code edited}: its problems, or a
   * task ready to send once the API server accepted the patch in a dry run as the user.
   */
  public YamlReview review(
      UserIdentity user, YamlKind kind, ResourceKey key, String seen, String edited) {
    JsonNode after;
    try {
      after = Serialization.yamlMapper().readTree(edited);
    } catch (JacksonException e) {
      return YamlReview.refused(
          new YamlProblem(
              YamlLines.lineOf(e), Message.of("yaml.invalid.parse", e.getOriginalMessage())));
    }
    if (after == null || !after.isObject()) {
      return YamlReview.refused(YamlProblem.general(Message.of("yaml.invalid.not-object")));
    }
    JsonNode before = Serialization.yamlMapper().readTree(seen);
    YamlPatch.Result patch = YamlPatch.of(before, after, edited);
    if (!patch.refusals().isEmpty()) {
      return YamlReview.refused(patch.refusals());
    }
    if (patch.operations().isEmpty()) {
      return YamlReview.refused(YamlProblem.general(Message.of("yaml.unchanged")));
    }
    var operation =
        new YamlEditOperation(kind, key, cache(kind), JsonPatch.json(patch.operations()));
    ApiCall call = operation.call();
    var dryRun =
        requests.sendForCauses(
            user,
            new ApiCall(
                call.method(), call.path() + "?dryRun=All", call.contentType(), call.body()));
    if (!dryRun.response().successful()) {
      return YamlReview.refused(ApiProblems.of(dryRun, edited, kind.kind(), key.toString()));
    }
    return new YamlReview(java.util.List.of(), operation);
  }

  /** Sends the edit as the user; the task service checks the permission again. */
  public Task send(UserIdentity user, YamlEditOperation operation) {
    return tasks.submit(user, operation);
  }

  private ResourceCache<? extends HasMetadata> cache(YamlKind kind) {
    return switch (kind) {
      case VM -> caches.virtualMachines();
      case PORT_GROUP -> caches.networkAttachmentDefinitions();
      case SNAPSHOT -> caches.snapshots();
      case HOST -> caches.nodes();
      case DATASTORE -> caches.storageClasses();
      case DISK -> caches.persistentVolumeClaims();
    };
  }
}
