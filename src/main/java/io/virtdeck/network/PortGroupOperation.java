package io.virtdeck.network;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Creates a port group (a NetworkAttachmentDefinition) or deletes one. */
public final class PortGroupOperation implements Operation {

  private final ClusterCaches caches;
  private final ResourceKey key;
  private final @Nullable NewPortGroup created;

  private PortGroupOperation(
      ClusterCaches caches, ResourceKey key, @Nullable NewPortGroup created) {
    this.caches = caches;
    this.key = key;
    this.created = created;
  }

  static PortGroupOperation create(ClusterCaches caches, NewPortGroup group) {
    return new PortGroupOperation(caches, new ResourceKey(group.namespace(), group.name()), group);
  }

  static PortGroupOperation delete(ClusterCaches caches, ResourceKey key) {
    return new PortGroupOperation(caches, key, null);
  }

  @Override
  public String titleKey() {
    return created == null ? "net.task.delete_port_group" : "net.task.create_port_group";
  }

  @Override
  public ResourceKey target() {
    return key;
  }

  @Override
  public String targetKind() {
    return "NetworkAttachmentDefinition";
  }

  @Override
  public AccessRequest access() {
    AccessRequest request =
        new AccessRequest(
            created == null ? "delete" : "create",
            "k8s.cni.cncf.io",
            "network-attachment-definitions",
            "",
            key.namespace(),
            "");
    return created == null ? request.named(key.name()) : request;
  }

  @Override
  public ApiCall call() {
    return created == null ? NetworkCommands.deleteNad(key) : NetworkCommands.createNad(created);
  }

  @Override
  public List<String> commands() {
    return created == null
        ? NetworkCommands.deleteNadCommands(key)
        : NetworkCommands.createNadCommands(created);
  }

  /** The YAML that will be created (for the confirmation), or the current one. */
  public String manifest() {
    return created == null ? currentYaml() : NadManifests.yaml(created);
  }

  @Override
  public String currentYaml() {
    return ObjectYaml.of(caches.networkAttachmentDefinitions().get(key));
  }

  @Override
  public Outcome progress() {
    boolean present = caches.networkAttachmentDefinitions().get(key).isPresent();
    return present == (created != null) ? Outcome.completed() : Outcome.pending();
  }

  @Override
  public Duration timeout() {
    return Duration.ofSeconds(30);
  }
}
