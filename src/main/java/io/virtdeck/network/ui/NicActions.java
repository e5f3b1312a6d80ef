package io.virtdeck.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.NicRow;
import io.virtdeck.network.PortGroup;
import io.virtdeck.network.PortGroups;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.Notices;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The NIC actions as one signed-in user may use them: refused with the reason where Kubernetes or
 * the namespaces forbid them, confirmed in a dialog that shows the operation, and run as tasks.
 */
final class NicActions {

  final PortGroups portGroups;
  final NetworkOperations operations;
  final FollowedScopes followed;
  final UserIdentity user;

  NicActions(
      PortGroups portGroups,
      NetworkOperations operations,
      FollowedScopes followed,
      UserIdentity user) {
    this.portGroups = portGroups;
    this.operations = operations;
    this.followed = followed;
    this.user = user;
  }

  /** What the user may list now, as the view that made these actions follows it. */
  UserScopes scopes() {
    return followed.get();
  }

  boolean mayChange(ResourceKey vm) {
    return scopes().includes(CachedKind.VIRTUAL_MACHINES, vm.namespace())
        && operations.mayChangeNics(user, vm);
  }

  /** Why the VM cannot be connected to the port group; empty when it can. */
  Optional<Message> refusal(ResourceKey vm, PortGroup group) {
    if (!mayChange(vm)) {
      return Optional.of(Message.of("net.drop.forbidden", vm.name()));
    }
    return operations.connectRefusal(vm, group);
  }

  /** The port groups a VM may connect to. */
  List<PortGroup> usableBy(ResourceKey vm) {
    return portGroups.list(scopes().of(CachedKind.NETWORK_ATTACHMENT_DEFINITIONS)).stream()
        .filter(g -> g.usableFrom(vm.namespace()))
        .toList();
  }

  /** Opens the Add NIC dialog; with {@code group} preselected (a drop), else with a picker. */
  void connect(Component owner, ResourceKey vm, @Nullable PortGroup group) {
    if (group != null) {
      Optional<Message> refused = refusal(vm, group);
      if (refused.isPresent()) {
        Notices.show(owner.getTranslation(refused.get().key(), refused.get().args().toArray()))
            .addThemeVariants(NotificationVariant.LUMO_WARNING);
        return;
      }
    }
    new AddNicDialog(this, vm, group).open();
  }

  void remove(ResourceKey vm, String nic) {
    new RemoveNicDialog(this, vm, nic).open();
  }

  void reconnect(ResourceKey vm, NicRow nic) {
    new ReconnectNicDialog(this, vm, nic.name(), nic.networkName()).open();
  }

  void submit(Component owner, Operation operation) {
    operations.run(user, operation);
    Notices.show(
            owner.getTranslation(
                "net.queued", owner.getTranslation(operation.titleKey()), operation.target()))
        .addThemeVariants(NotificationVariant.LUMO_PRIMARY);
  }
}
