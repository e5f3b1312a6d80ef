package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.rvtools.RvToolsExport;
import io.virtdeck.vm.table.VmQuery;
import io.virtdeck.vm.ui.VmMenuAction;
import java.time.Clock;
import java.util.List;

/**
 * Export… in the right-click menu of the datacenter and of a folder in the VMs and Templates tree:
 * the whole inventory the user may see, or the folder's VMs (any user may export what they see).
 */
@org.springframework.stereotype.Component
class ExportMenuEntry implements VmMenuAction {

  private final RvToolsExport export;
  private final Clock clock;

  ExportMenuEntry(RvToolsExport export, Clock clock) {
    this.export = export;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 90;
  }

  @Override
  public String labelKey() {
    return "rvtools.export.action";
  }

  @Override
  public String id() {
    return "rvtools-export";
  }

  @Override
  public boolean offered(MenuTarget target, UserIdentity user) {
    return target.vm() == null;
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    dialog(target, user).open();
  }

  /** The datacenter's export, or the folder's with the datacenter as the other choice. */
  ExportDialog dialog(MenuTarget target, UserIdentity user) {
    boolean datacenter = target.namespace().isEmpty();
    return new ExportDialog(
        export,
        new VmQuery(target.namespace(), "", List.of()),
        datacenter ? ExportDialog.What.DATACENTER : ExportDialog.What.FOLDER,
        user,
        clock);
  }
}
