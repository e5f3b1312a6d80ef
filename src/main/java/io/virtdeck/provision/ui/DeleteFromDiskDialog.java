package io.virtdeck.provision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.DeleteItem;
import io.virtdeck.provision.DeletePlan;
import io.virtdeck.provision.VmDeletion;
import io.virtdeck.task.Operation;
import io.virtdeck.task.ui.TaskDetailsDialog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Delete from Disk: names the VM and lists its DataVolumes, claims and cloud-init Secrets with
 * their sizes, each with a check box (what only this VM uses is ticked; what another VM uses cannot
 * be); says what is lost and what is kept, and shows the Kubernetes requests in the order they will
 * be sent. A running VM must be powered off first.
 */
class DeleteFromDiskDialog extends Dialog {

  private final VmDeletion deletion;
  private final DeletePlan plan;
  private final UserIdentity user;
  private final Map<ResourceKey, Checkbox> boxes = new LinkedHashMap<>();
  private final Details kubernetes = new Details();

  DeleteFromDiskDialog(VmDeletion deletion, DeletePlan plan, UserIdentity user) {
    this.deletion = deletion;
    this.plan = plan;
    this.user = user;
    setId("delete-vm");
    setHeaderTitle(getTranslation("prov.delete.title", plan.vm().name()));
    setWidth("min(46rem, 95vw)");
    Paragraph text = new Paragraph(getTranslation("prov.delete.text", plan.vm().name()));
    text.setId("delete-vm-text");
    add(text);
    Div list = new Div();
    list.setId("delete-vm-items");
    list.addClassName("delete-items");
    for (DeleteItem item : plan.items()) {
      Checkbox box = new Checkbox(label(item), item.checkedByDefault());
      box.getElement().setAttribute("data-object", item.key().name());
      box.setEnabled(item.deletable());
      box.addValueChangeListener(e -> refresh());
      boxes.put(item.key(), box);
      list.add(box);
    }
    if (plan.items().isEmpty()) {
      list.add(new Paragraph(getTranslation("prov.delete.no-disks")));
    }
    add(list);
    Paragraph kept = new Paragraph(getTranslation("prov.delete.kept"));
    kept.addClassName("form-note");
    add(kept);
    Button confirm = new Button(getTranslation("prov.delete.confirm"), e -> confirm());
    confirm.setId("delete-vm-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    deletion
        .refusal(plan)
        .ifPresent(
            why -> {
              Paragraph refusal = new Paragraph(getTranslation(why.key(), why.args().toArray()));
              refusal.setId("delete-vm-refusal");
              refusal.addClassName("problem");
              add(refusal);
              confirm.setEnabled(false);
            });
    kubernetes.setSummaryText(getTranslation("teach.show"));
    kubernetes.setId("delete-vm-show-kubernetes");
    add(kubernetes);
    Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
    cancel.setId("delete-vm-cancel");
    getFooter().add(cancel, confirm);
    refresh();
  }

  private String label(DeleteItem item) {
    String kind = getTranslation("prov.delete.kind." + item.kind().name().toLowerCase());
    String base =
        item.size().isEmpty()
            ? getTranslation("prov.delete.item.unsized", kind, item.key().name())
            : getTranslation(
                "prov.delete.item", kind, item.key().name(), item.size(), item.storageClass());
    if (!item.deletable()) {
      return base
          + " "
          + getTranslation(
              "prov.delete.item.in-use",
              item.otherVms().stream().map(ResourceKey::name).collect(Collectors.joining(", ")));
    }
    return base;
  }

  private Set<ResourceKey> chosen() {
    return boxes.entrySet().stream()
        .filter(e -> e.getValue().getValue())
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private void refresh() {
    kubernetes.removeAll();
    for (Operation operation : deletion.operations(plan, chosen())) {
      kubernetes.add(TaskDetailsDialog.sections(this, operation.call(), operation.commands()));
    }
  }

  private void confirm() {
    if (deletion.refusal(plan).isPresent()) {
      return;
    }
    close();
    var first = deletion.delete(user, plan, chosen());
    ProvisionNotices.show(
        this, "prov.delete.queued", plan.vm().name(), String.valueOf(first.target()));
  }
}
