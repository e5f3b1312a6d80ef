package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.snapshot.SnapshotAction;
import io.virtdeck.snapshot.SnapshotNode;
import io.virtdeck.snapshot.SnapshotRow;
import io.virtdeck.ui.DragPayload;
import java.util.Objects;

/**
 * Drag and drop in the Snapshot Manager: drag a snapshot onto its VM to revert it (after the usual
 * dialog). The Revert button does the same from the keyboard.
 */
final class SnapshotDrops {

  private SnapshotDrops() {}

  /** Snapshot rows can be dragged; the dragged snapshot is remembered for the drop. */
  static void dragSnapshots(TreeGrid<SnapshotNode> tree) {
    tree.setRowsDraggable(true);
    tree.setDragFilter(node -> node.snapshot() != null);
    tree.addDragStartListener(
        drag ->
            drag.getDraggedItems().stream()
                .filter(node -> node.snapshot() != null)
                .findFirst()
                .ifPresent(
                    node ->
                        tree.getUI()
                            .ifPresent(
                                ui ->
                                    DragPayload.set(ui, Objects.requireNonNull(node.snapshot())))));
    tree.addDragEndListener(drag -> tree.getUI().ifPresent(DragPayload::clear));
  }

  /** The VM as a drop target: a snapshot dropped on it is reverted (after the usual dialog). */
  static Component revertTarget(SnapshotContext context) {
    Div target =
        new Div(
            VaadinIcon.DESKTOP.create(),
            new Span(I18NProvider.translate("snapshot.drop.revert", context.vm().name())));
    target.setId("snapshot-revert-target");
    target.addClassName("drop-target");
    target.setVisible(context.permitted(SnapshotAction.REVERT));
    DropTarget.create(target)
        .addDropListener(
            event ->
                target
                    .getUI()
                    .flatMap(ui -> DragPayload.get(ui, SnapshotRow.class))
                    .ifPresent(snapshot -> new RevertDialog(context, snapshot).open()));
    return target;
  }
}
