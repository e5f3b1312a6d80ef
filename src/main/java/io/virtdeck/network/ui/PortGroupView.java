package io.virtdeck.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.PortGroup;
import io.virtdeck.network.PortGroups;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.MainLayout;
import io.virtdeck.ui.ObjectPage;
import io.virtdeck.yaml.YamlKind;
import io.virtdeck.yaml.ui.YamlPanels;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A port group (or "VM Network"): header with Delete, and the Summary, VMs and (for a
 * NetworkAttachmentDefinition) YAML tabs, live.
 */
@Route(value = "network/:namespace/:name", layout = MainLayout.class)
@PermitAll
public class PortGroupView extends ObjectPage implements BeforeEnterObserver {

  /** The route segment that stands for the pod network ("VM Network"). */
  static final String POD = "vm-network";

  private final PortGroups portGroups;
  private final NetworkOperations operations;
  private final UserIdentity user;
  private final FollowedScopes scopes;
  private final Div summary = new Div();
  private final Div vms = new Div();
  private final YamlPanels yamlPanels;
  private @Nullable Component yamlTab;
  private ResourceKey key = PortGroups.POD_NETWORK;

  public PortGroupView(
      PortGroups portGroups,
      NetworkOperations operations,
      AccessReviews reviews,
      CurrentUser currentUser,
      YamlPanels yamlPanels) {
    super("port-group");
    this.yamlPanels = yamlPanels;
    this.portGroups = portGroups;
    this.operations = operations;
    this.user = currentUser.require();
    this.scopes = new FollowedScopes(reviews, user);
    addTab("vm.tab.summary", "tab-pg-summary", summary);
    addTab("net.tab.vms", "tab-pg-vms", vms);
    follow(portGroups::changes);
    scopes.follow(this, this::render);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getRouteParameters();
    String namespace = params.get("namespace").orElse("");
    String name = params.get("name").orElse("");
    key =
        POD.equals(namespace) && POD.equals(name)
            ? PortGroups.POD_NETWORK
            : new ResourceKey(namespace, name);
    if (yamlTab != null) {
      removeTab(yamlTab);
      yamlTab = null;
    }
    if (!key.equals(PortGroups.POD_NETWORK)) {
      yamlTab = yamlPanels.create(YamlKind.PORT_GROUP, key, user);
      addTab("yaml.tab", "tab-yaml", yamlTab);
    }
    render();
  }

  @Override
  protected void render() {
    summary.removeAll();
    vms.removeAll();
    if (key.equals(PortGroups.POD_NETWORK)) {
      showObject(VaadinIcon.CONNECT.create(), objectName(), List.of());
      summary.add(PortGroupCards.pod());
    } else {
      var group = portGroups.get(key, scopes.get().of(CachedKind.NETWORK_ATTACHMENT_DEFINITIONS));
      if (group.isEmpty()) {
        showGone(key.name(), getTranslation("net.gone", key.toString()));
        return;
      }
      showObject(VaadinIcon.CONNECT.create(), key.name(), List.of(), actions(group.get()));
      summary.add(PortGroupCards.summary(group.get()));
    }
    vms.add(new PortGroupVmsGrid(portGroups.connected(key, scopes.get())));
  }

  private HorizontalLayout actions(PortGroup group) {
    HorizontalLayout bar = new HorizontalLayout();
    if (operations.mayDeletePortGroup(user, group.key())) {
      Button delete =
          new Button(
              getTranslation("net.delete.open"),
              VaadinIcon.TRASH.create(),
              e -> new DeletePortGroupDialog(operations, user, scopes.get(), group.key()).open());
      delete.setId("delete-port-group");
      delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      bar.add(delete);
    }
    return bar;
  }

  @Override
  protected String objectName() {
    return key.name().isEmpty() ? getTranslation("vm.network.pod") : key.name();
  }
}
