package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.snapshot.SnapshotAction;
import io.virtdeck.ui.Notices;
import io.virtdeck.vm.ui.VmDragEvent;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The "Take snapshot" drop target: drag a VM (from the navigator tree or the VM grid) onto it to
 * take a snapshot of that VM, through the usual Take snapshot dialog. While a VM is dragged the
 * target says whether it accepts it and, if not, why. The Take snapshot button (or the VM's
 * Snapshots tab) is the keyboard alternative.
 */
final class TakeSnapshotTarget extends Div {

  private final Function<ResourceKey, SnapshotContext> contexts;
  private final @Nullable ResourceKey only;
  private final Span text = new Span();
  private final Icon icon = VaadinIcon.CAMERA.create();
  private @Nullable ResourceKey dragged;
  private @Nullable Registration listening;

  /**
   * @param only the one VM this target takes snapshots of (a VM's Snapshot Manager), or null for
   *     any VM the user may snapshot (the snapshot list)
   */
  TakeSnapshotTarget(Function<ResourceKey, SnapshotContext> contexts, @Nullable ResourceKey only) {
    this.contexts = contexts;
    this.only = only;
    setId("snapshot-take-target");
    addClassName("drop-target");
    add(icon, text);
    idle();
    DropTarget.create(this).addDropListener(drop -> dropped());
    addAttachListener(
        attach ->
            listening =
                ComponentUtil.addListener(
                    attach.getUI(), VmDragEvent.class, event -> dragging(event.vm())));
    addDetachListener(
        detach -> {
          if (listening != null) {
            listening.remove();
          }
        });
  }

  /** Why a VM may not be dropped here, as a sentence; empty when it may. */
  Optional<String> refusal(ResourceKey vm) {
    if (only != null && !only.equals(vm)) {
      return Optional.of(getTranslation("snapshot.drop.take.other-vm", only.name(), vm.name()));
    }
    if (!contexts.apply(vm).permitted(SnapshotAction.TAKE)) {
      return Optional.of(getTranslation("snapshot.drop.take.forbidden", vm.namespace()));
    }
    return Optional.empty();
  }

  private void dragging(Optional<ResourceKey> vm) {
    ResourceKey target = vm.orElse(null);
    dragged = target;
    if (target == null) {
      idle();
      return;
    }
    Optional<String> refused = refusal(target);
    removeClassNames("drop-allowed", "drop-refused");
    addClassName(refused.isPresent() ? "drop-refused" : "drop-allowed");
    icon.getElement().setAttribute("icon", refused.isPresent() ? "vaadin:ban" : "vaadin:camera");
    text.setText(
        refused.orElseGet(() -> getTranslation("snapshot.drop.take.accept", target.name())));
  }

  private void idle() {
    removeClassNames("drop-allowed", "drop-refused");
    icon.getElement().setAttribute("icon", "vaadin:camera");
    text.setText(
        only == null
            ? getTranslation("snapshot.drop.take.any")
            : getTranslation("snapshot.drop.take", only.name()));
  }

  private void dropped() {
    ResourceKey vm = dragged;
    Optional<String> refused =
        vm == null ? Optional.of(getTranslation("snapshot.drop.take.not-vm")) : refusal(vm);
    if (refused.isPresent()) {
      Notices.show(refused.get()).addThemeVariants(NotificationVariant.LUMO_WARNING);
    } else if (vm != null) {
      new TakeSnapshotDialog(contexts.apply(vm)).open();
    }
    dragging(Optional.empty());
  }
}
