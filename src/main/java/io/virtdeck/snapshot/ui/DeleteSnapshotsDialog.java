package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.virtdeck.snapshot.SnapshotRow;
import io.virtdeck.task.Operation;
import io.virtdeck.task.ui.TaskDetailsDialog;
import java.util.List;
import java.util.stream.Collectors;

/** Delete one snapshot or all of a VM's snapshots, confirmed with what will be lost. */
class DeleteSnapshotsDialog extends Dialog {

  DeleteSnapshotsDialog(SnapshotContext context, List<SnapshotRow> snapshots) {
    setId("confirm-delete-snapshots");
    setWidth("min(44rem, 95vw)");
    String names = snapshots.stream().map(SnapshotRow::name).collect(Collectors.joining(", "));
    setHeaderTitle(getTranslation("snapshot.delete.title", snapshots.size()));
    Paragraph text =
        new Paragraph(getTranslation("snapshot.delete.text", names, context.vm().name()));
    text.setId("delete-text");
    add(text);
    if (!snapshots.isEmpty()) {
      Operation first = context.operations().prepareDelete(snapshots.getFirst().key());
      Details teach =
          new Details(
              getTranslation("teach.show"),
              TaskDetailsDialog.sections(this, first.call(), first.commands()));
      teach.setId("delete-show-kubernetes");
      add(teach);
    }
    Button confirm =
        new Button(
            getTranslation("snapshot.action.delete"),
            e -> {
              close();
              snapshots.forEach(s -> context.operations().delete(context.user(), s.key()));
            });
    confirm.setId("delete-confirm");
    confirm.setEnabled(!snapshots.isEmpty());
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
  }
}
