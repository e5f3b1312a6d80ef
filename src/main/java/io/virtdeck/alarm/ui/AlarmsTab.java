package io.virtdeck.alarm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.alarm.AlarmTarget;
import io.virtdeck.alarm.Alarms;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.ui.ObjectTab;
import io.virtdeck.vm.ui.VmTab;

/** Contributes the Alarms tab to VM, host, datastore, folder and datacenter pages. */
@org.springframework.stereotype.Component
class AlarmsTab implements ObjectTab, VmTab {

  private final Alarms alarms;

  AlarmsTab(Alarms alarms) {
    this.alarms = alarms;
  }

  @Override
  public boolean shows(Kind kind) {
    return true;
  }

  @Override
  public String titleKey() {
    return "alarm.tab";
  }

  @Override
  public String id() {
    return "tab-alarms";
  }

  @Override
  public int order() {
    return 90;
  }

  @Override
  public Component create(Kind kind, String name, UserIdentity user) {
    AlarmTarget target =
        switch (kind) {
          case HOST -> AlarmTarget.host(name);
          case FOLDER -> AlarmTarget.folder(name);
          case DATASTORE -> AlarmTarget.datastore(name);
          case DATACENTER -> AlarmTarget.DATACENTER;
        };
    return new AlarmsPanel(alarms, user, target);
  }

  @Override
  public Component create(ResourceKey vm, UserIdentity user) {
    return new AlarmsPanel(alarms, user, AlarmTarget.vm(vm.namespace(), vm.name()));
  }
}
