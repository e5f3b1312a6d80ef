package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.rvtools.MigrationPlanner;
import io.virtdeck.rvtools.plan.NetworkTarget;
import io.virtdeck.task.Message;
import io.virtdeck.ui.Notices;
import java.util.List;

/**
 * Create missing port groups: lists each draft (namespace, name, bridge, VLAN) with what stops it
 * (a name taken, no right to create there), and creates those that can be created as the user, one
 * New port group task each, followed in Recent Tasks.
 */
class CreatePortGroupsDialog extends Dialog {

  CreatePortGroupsDialog(
      MigrationPlanner planner, UserIdentity user, List<NetworkTarget.Draft> drafts) {
    setId("create-port-groups-dialog");
    setHeaderTitle(getTranslation("rvtools.network.create.title"));
    setWidth("min(44rem, 95vw)");
    UnorderedList list = new UnorderedList();
    list.setId("create-port-groups-list");
    List<NetworkTarget.Draft> creatable =
        drafts.stream().filter(d -> planner.check(user, d).isEmpty()).toList();
    for (NetworkTarget.Draft draft : drafts) {
      List<Message> problems = planner.check(user, draft);
      String line =
          getTranslation(
              "rvtools.network.create.line",
              draft.namespace() + "/" + draft.name(),
              draft.bridge(),
              String.valueOf(draft.vlan()));
      ListItem item = new ListItem(line);
      problems.forEach(p -> item.add(new Div(getTranslation(p.key(), p.args().toArray()))));
      if (!problems.isEmpty()) {
        item.addClassName("refused");
      }
      list.add(item);
    }
    add(new Paragraph(getTranslation("rvtools.network.create.intro")), list);
    Button go =
        new Button(
            getTranslation("rvtools.network.create.go", creatable.size()),
            e -> {
              creatable.forEach(d -> planner.create(user, d));
              Notices.show(getTranslation("rvtools.network.create.started", creatable.size()));
              close();
            });
    go.setId("create-port-groups-go");
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    go.setEnabled(!creatable.isEmpty());
    Button cancel = new Button(getTranslation("rvtools.export.close"), e -> close());
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    getFooter().add(cancel, go);
  }
}
