package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.ui.Notices;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.power.VmOperations;
import io.virtdeck.vm.rows.VmRow;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The power actions as one signed-in user may use them: hidden when Kubernetes would refuse them,
 * disabled (with the reason) when the VM's state makes them meaningless, confirmed when they
 * interrupt the guest or touch several VMs, and run as tasks.
 */
final class VmActions {

  private final VmOperations operations;
  private final UserIdentity user;
  private final List<VmGridAction> others;
  private final List<VmMenuAction> menuActions;

  VmActions(VmOperations operations, UserIdentity user) {
    this(operations, user, List.of(), List.of());
  }

  /**
   * With what other features add: actions on selected rows and in the menu ({@link VmGridAction})
   * and right-click entries on a VM, folder or the datacenter ({@link VmMenuAction}), each in their
   * order.
   */
  VmActions(
      VmOperations operations,
      UserIdentity user,
      List<VmGridAction> others,
      List<VmMenuAction> menuActions) {
    this.operations = operations;
    this.user = user;
    this.others =
        others.stream().sorted(java.util.Comparator.comparingInt(VmGridAction::order)).toList();
    this.menuActions =
        menuActions.stream()
            .sorted(java.util.Comparator.comparingInt(VmMenuAction::order))
            .toList();
  }

  List<VmGridAction> others() {
    return others;
  }

  UserIdentity user() {
    return user;
  }

  /** Other features' right-click entries, in their order. */
  List<VmMenuAction> menuActions() {
    return menuActions;
  }

  boolean permitted(PowerAction action, String namespace) {
    return operations.permitted(user, action, namespace);
  }

  /**
   * The actions the user may use in {@code namespace}, asked in parallel (one review each, kept for
   * a while): on a slow API the answers take one round trip, not one per action.
   */
  Set<PowerAction> permittedIn(String namespace) {
    Map<PowerAction, Future<Boolean>> answers = new EnumMap<>(PowerAction.class);
    try (ExecutorService askers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (PowerAction action : PowerAction.values()) {
        answers.put(action, askers.submit(() -> permitted(action, namespace)));
      }
    } // waits for every answer
    Set<PowerAction> permitted = EnumSet.noneOf(PowerAction.class);
    answers.forEach(
        (action, answer) -> {
          if (answer.state() == Future.State.SUCCESS && answer.resultNow()) {
            permitted.add(action);
          }
        });
    return permitted;
  }

  /** Why the action is disabled for this VM (an i18n key), or empty when it is available. */
  Optional<String> disabledBecause(PowerAction action, VmRow row) {
    return operations.unavailableBecause(action, row);
  }

  /** Runs the action on the VMs for which it makes sense, after confirmation where needed. */
  void run(Component owner, PowerAction action, List<VmRow> rows) {
    Optional<String> templates = templatesRefused(owner, rows);
    templates.ifPresent(Notices::show);
    List<VmRow> applicable =
        rows.stream()
            .filter(row -> disabledBecause(action, row).isEmpty())
            .filter(row -> permitted(action, row.namespace()))
            .toList();
    if (applicable.isEmpty()) {
      if (templates.isEmpty()) {
        Notices.show(owner.getTranslation("vm.action.nothing-to-do"));
      }
      return;
    }
    if (action.needsConfirmation() || applicable.size() > 1) {
      new ConfirmPowerDialog(
              operations, action, applicable, () -> submit(owner, action, applicable))
          .open();
    } else {
      submit(owner, action, applicable);
    }
  }

  /** A template is never powered on or off: the sentence naming those among the rows, if any. */
  static Optional<String> templatesRefused(Component owner, List<VmRow> rows) {
    List<String> templates = rows.stream().filter(VmRow::template).map(VmRow::name).toList();
    return templates.isEmpty()
        ? Optional.empty()
        : Optional.of(
            owner.getTranslation("vm.power.refused.templates", String.join(", ", templates)));
  }

  private void submit(Component owner, PowerAction action, List<VmRow> rows) {
    rows.forEach(row -> operations.run(user, action, row.key()));
    Notification notification =
        Notices.show(
            owner.getTranslation(
                "vm.action.queued", owner.getTranslation(action.titleKey()), rows.size()));
    notification.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
  }
}
