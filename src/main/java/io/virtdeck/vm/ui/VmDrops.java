package io.virtdeck.vm.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.ui.DragPayload;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes VM rows of a grid or tree drop targets for what other features let users drag onto a VM
 * ({@link VmDropTarget}): allowed VMs accept the drop, refused ones show the reason while dragging.
 */
final class VmDrops {

  private VmDrops() {}

  static <T> void enable(
      Grid<T> grid, List<VmDropTarget> targets, Function<T, Optional<ResourceKey>> keyOf) {
    if (targets.isEmpty()) {
      return;
    }
    grid.setDropMode(GridDropMode.ON_TOP);
    grid.setDropFilter(
        item -> keyOf.apply(item).map(vm -> accepts(grid, targets, vm)).orElse(false));
    grid.addDropListener(
        event -> {
          String text = event.getDataTransferData().get("text/plain");
          String data = text == null ? event.getDataTransferText() : text;
          event
              .getDropTargetItem()
              .flatMap(keyOf)
              .ifPresent(vm -> targets.stream().anyMatch(t -> t.drop(grid, vm, data)));
        });
    grid.addAttachListener(
        attach ->
            ComponentUtil.addListener(
                attach.getUI(),
                DragPayload.Changed.class,
                event -> grid.getDataProvider().refreshAll()));
  }

  private static boolean accepts(Grid<?> grid, List<VmDropTarget> targets, ResourceKey vm) {
    UI ui = grid.getUI().orElse(null);
    return ui != null
        && targets.stream().anyMatch(t -> t.dragging(ui) && t.refusal(ui, vm).isEmpty());
  }

  /** Why the VM refuses what is being dragged, as a sentence; empty when nothing it refuses is. */
  static Optional<String> reason(Grid<?> grid, List<VmDropTarget> targets, ResourceKey vm) {
    return grid.getUI()
        .flatMap(
            ui ->
                targets.stream()
                    .filter(t -> t.dragging(ui))
                    .findFirst()
                    .flatMap(t -> t.refusal(ui, vm)));
  }

  /** The reason shown on a VM while something it refuses is dragged; empty otherwise. */
  static Optional<Span> refusal(Grid<?> grid, List<VmDropTarget> targets, ResourceKey vm) {
    return reason(grid, targets, vm)
        .map(
            reason -> {
              Span why = new Span(VaadinIcon.BAN.create(), new Span(reason));
              why.addClassName("drop-refused");
              why.getElement().setAttribute("title", reason);
              return why;
            });
  }
}
