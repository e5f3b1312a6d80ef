package io.virtdeck.storage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.storage.DiskSizes;
import io.virtdeck.task.ui.FieldErrors;

/**
 * Expand a disk (its claim's size): a quantity larger than now and within the datastore's free
 * space, above 10Ti only when ticked as meant, checked before sending (never shrink, only where the
 * datastore allows expansion), with the operation shown.
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
    Checkbox confirmLarge = new Checkbox(getTranslation("storage.add.confirm-large"));
    confirmLarge.setId("expand-disk-confirm-large");
    confirmLarge.setVisible(false);
    var problems = OperationPreview.problems("expand-disk-problems");
    FieldErrors errors = new FieldErrors(problems).on("storage.invalid", size);
    var kubernetes = OperationPreview.details(this, "expand-disk-show-kubernetes");
    size.addValueChangeListener(
        e -> {
          confirmLarge.setVisible(DiskSizes.large(size.getValue()));
          OperationPreview.show(
              this, kubernetes, actions.operations.prepareExpand(claim, size.getValue()));
        });
    add(text, size, confirmLarge, problems, kubernetes);
    Button confirm =
        new Button(
            getTranslation("storage.expand.confirm"),
            e -> {
              boolean large = confirmLarge.isVisible() && confirmLarge.getValue();
              if (errors.show(actions.operations.checkExpand(claim, size.getValue(), large))) {
                close();
                actions.submit(this, actions.operations.prepareExpand(claim, size.getValue()));
              }
            });
    confirm.setId("expand-disk-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
  }
}
