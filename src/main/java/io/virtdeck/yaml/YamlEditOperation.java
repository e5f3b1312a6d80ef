package io.virtdeck.yaml;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceCache;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.KubectlText;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An edit of an object's YAML as a task: the JSON patch of the changed paths, sent as the user;
 * done once the cache holds a newer version of the object than the one it had when sent.
 */
public final class YamlEditOperation implements Operation {

  static final String JSON_PATCH = "application/json-patch+json";

  private final YamlKind kind;
  private final ResourceKey key;
  private final ResourceCache<? extends HasMetadata> cache;
  private final String patch;
  private final @Nullable String versionBefore;

  YamlEditOperation(
      YamlKind kind, ResourceKey key, ResourceCache<? extends HasMetadata> cache, String patch) {
    this.kind = kind;
    this.key = key;
    this.cache = cache;
    this.patch = patch;
    this.versionBefore = cache.get(key).map(o -> o.getMetadata().getResourceVersion()).orElse(null);
  }

  /** The JSON patch, as sent. */
  public String patch() {
    return patch;
  }

  @Override
  public String titleKey() {
    return "task.edit_yaml";
  }

  @Override
  public ResourceKey target() {
    return key;
  }

  @Override
  public String targetKind() {
    return kind.kind();
  }

  @Override
  public AccessRequest access() {
    return kind.access("patch", key);
  }

  @Override
  public ApiCall call() {
    return new ApiCall("PATCH", kind.path(key), JSON_PATCH, patch);
  }

  @Override
  public List<String> commands() {
    return List.of(KubectlText.of(call()));
  }

  @Override
  public String currentYaml() {
    return ObjectYaml.of(cache.get(key));
  }

  @Override
  public Outcome progress() {
    var seen = cache.get(key);
    if (seen.isEmpty()) {
      return Outcome.failed(Message.of("task.failed.gone", key.toString()));
    }
    return Objects.equals(seen.get().getMetadata().getResourceVersion(), versionBefore)
        ? Outcome.pending()
        : Outcome.completed();
  }
}
