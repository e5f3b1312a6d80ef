package io.virtdeck.storage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.ui.DragPayload;
import io.virtdeck.vm.ui.VmDropTarget;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A disk dragged from a datastore's Files list onto a VM (navigator or grid): attached after the
 * confirmation that shows the operation; a VM that cannot take it says why while dragging.
 */
@org.springframework.stereotype.Component
class DiskDropTarget implements VmDropTarget {

  private final DiskActions.Factory factory;

  DiskDropTarget(DiskActions.Factory factory) {
    this.factory = factory;
  }

  @Override
  public boolean dragging(UI ui) {
    return DragPayload.get(ui, DiskDrag.Dragged.class).isPresent();
  }

  @Override
  public Optional<String> refusal(UI ui, ResourceKey vm) {
    return DragPayload.get(ui, DiskDrag.Dragged.class)
        .flatMap(d -> actions(ui).refusal(vm, d.disk()))
        .map(m -> ui.getTranslation(m.key(), m.args().toArray()));
  }

  @Override
  public boolean drop(Component owner, ResourceKey vm, @Nullable String dragText) {
    UI ui = owner.getUI().orElse(null);
    if (ui == null) {
      return false;
    }
    Optional<ResourceKey> disk =
        DiskDrag.parse(dragText)
            .or(() -> DragPayload.get(ui, DiskDrag.Dragged.class).map(DiskDrag.Dragged::disk));
    disk.ifPresent(d -> actions(ui).attach(owner, vm, d));
    return disk.isPresent();
  }

  /** One user's actions per UI, made on the UI's own request thread. */
  private DiskActions actions(UI ui) {
    DiskActions actions = ComponentUtil.getData(ui, DiskActions.class);
    if (actions == null) {
      actions = factory.create();
      ComponentUtil.setData(ui, DiskActions.class, actions);
    }
    return actions;
  }
}
