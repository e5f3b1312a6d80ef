package io.virtdeck.storage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.virtdeck.cluster.ResourceKey;

/**
 * Expand a disk (its claim's size): a quantity larger than now, checked before sending (never
 * shrink, only where the datastore allows expansion), with the operation shown.
 */
class ExpandDiskDialog extends Dialog {

  ExpandDiskDialog(DiskActions actions, ResourceKey claim, String current) {
    setId("expand-disk");
    setHeaderTitle(getTranslation("storage.expand.title", claim.name()));
    Paragraph text = new Paragraph(getTranslation("storage.expand.text", claim.name(), current));
    TextField size = new TextField(getTranslation("storage.expand.size"));
    size.setId("expand-disk-size");
    size.setValue(current);
    size.setHelperText(getTranslation("storage.add.size-help"));
    var problems = OperationPreview.problems("expand-disk-problems");
    var kubernetes = OperationPreview.details(this, "expand-disk-show-kubernetes");
    size.addValueChangeListener(
        e ->
            OperationPreview.show(
                this, kubernetes, actions.operations.prepareExpand(claim, size.getValue())));
    add(text, size, problems, kubernetes);
    Button confirm =
        new Button(
            getTranslation("storage.expand.confirm"),
            e -> {
              if (OperationPreview.fine(
                  problems, actions.operations.checkExpand(claim, size.getValue()))) {
                close();
                actions.submit(this, actions.operations.prepareExpand(claim, size.getValue()));
              }
            });
    confirm.setId("expand-disk-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
  }
}
