package io.virtdeck.host;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.KubectlText;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maintenance mode through the Node Maintenance Operator: entering creates a NodeMaintenance for
 * the node (the operator cordons it and evicts its pods; KubeVirt live-migrates the VMs whose
 * eviction strategy says so) and follows its phase and {@code status.drainProgress} to Succeeded;
 * exiting deletes it (the operator uncordons the node) and completes when the node is schedulable.
 */
final class NodeMaintenanceOperation implements Operation {

  static final String PATH = "/apis/nodemaintenance.medik8s.io/v1beta1/nodemaintenances";

  private final String host;
  private final String name;
  private final boolean enter;
  private final HostInventory inventory;
  private volatile boolean seen;

  /**
   * @param name the NodeMaintenance to create (entering) or delete (exiting)
   */
  NodeMaintenanceOperation(String host, String name, boolean enter, HostInventory inventory) {
    this.host = host;
    this.name = name;
    this.enter = enter;
    this.inventory = inventory;
  }

  /** The name VirtDeck gives the NodeMaintenance of a node, as the operator's examples do. */
  static String nameFor(String host) {
    return "nodemaintenance-" + host;
  }

  static Map<String, Object> object(String host, String name) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", "nodemaintenance.medik8s.io/v1beta1");
    object.put("kind", "NodeMaintenance");
    object.put("metadata", Map.of("name", name));
    object.put("spec", Map.of("nodeName", host, "reason", "Maintenance mode entered in VirtDeck"));
    return object;
  }

  @Override
  public String titleKey() {
    return enter ? "task.host.enter-maintenance" : "task.host.exit-maintenance";
  }

  @Override
  public ResourceKey target() {
    return ResourceKey.cluster(name);
  }

  @Override
  public String targetKind() {
    return "NodeMaintenance";
  }

  @Override
  public AccessRequest access() {
    return enter
        ? AccessRequest.of("create", "nodemaintenance.medik8s.io", "nodemaintenances")
        : AccessRequest.of("delete", "nodemaintenance.medik8s.io", "nodemaintenances").named(name);
  }

  @Override
  public ApiCall call() {
    return enter
        ? ApiCall.post(PATH, Serialization.asJson(object(host, name)))
        : ApiCall.delete(PATH + "/" + name);
  }

  @Override
  public List<String> commands() {
    return List.of(KubectlText.of(call()));
  }

  @Override
  public String currentYaml() {
    return inventory.nodeMaintenanceObject(name).map(Serialization::asYaml).orElse("");
  }

  @Override
  public Outcome progress() {
    var state = inventory.nodeMaintenanceObject(name).map(NodeMaintenanceState::of);
    if (!enter) {
      boolean cordoned = inventory.node(host).map(HostRows::cordoned).orElse(false);
      return state.isEmpty() && !cordoned ? Outcome.completed() : Outcome.pending();
    }
    if (state.isEmpty()) {
      // gone after it was there: Exit Maintenance Mode (or someone) deleted it before it finished
      return seen
          ? Outcome.failed(Message.of("task.failed.drain-cancelled", host))
          : new Outcome.Pending(0);
    }
    seen = true;
    if (state.get().succeeded()) {
      return Outcome.completed();
    }
    if (state.get().failed()) {
      return Outcome.failed(Message.of("task.failed.node-maintenance", state.get().lastError()));
    }
    return new Outcome.Pending(Math.min(99, state.get().drainProgress()));
  }

  @Override
  public Duration timeout() {
    return Duration.ofMinutes(60);
  }
}
