package io.virtdeck.perf.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.MainLayout;
import io.virtdeck.ui.ObjectTab;
import io.virtdeck.vm.VmAccess;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A folder's (namespace's) page: the tabs features add (Performance, Issues and Alarms). */
@Route(value = FolderView.ROUTE + "/:namespace", layout = MainLayout.class)
@PermitAll
public class FolderView extends ObjectPage implements BeforeEnterObserver, HasDynamicTitle {

  static final String ROUTE = "folder";

  private final List<ObjectTab> objectTabs;
  private final UserIdentity user;
  private final NamespaceScope scope;
  private String namespace = "";

  public FolderView(VmAccess access, CurrentUser currentUser, List<ObjectTab> objectTabs) {
    super("folder-view");
    this.objectTabs = objectTabs;
    this.user = currentUser.require();
    this.scope = access.visibleTo(user);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    namespace = event.getRouteParameters().get("namespace").orElse("");
    if (!scope.includes(namespace)) {
      title(VaadinIcon.FOLDER, namespace, new Span(getTranslation("perf.folder.gone", namespace)));
      tabs().setVisible(false);
      return;
    }
    Anchor vms =
        new Anchor(
            "?folder=" + URLEncoder.encode(namespace, StandardCharsets.UTF_8),
            getTranslation("perf.link.vms"));
    vms.setId("folder-vms");
    title(VaadinIcon.FOLDER, namespace, vms);
    tabs().setVisible(true);
    contributed(objectTabs, ObjectTab.Kind.FOLDER, namespace, user);
  }

  @Override
  public String getPageTitle() {
    return namespace + " · VirtDeck";
  }
}
