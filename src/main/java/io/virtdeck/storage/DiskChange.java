package io.virtdeck.storage;

import java.util.Locale;

/** What a disk operation does; each has its task name. */
public enum DiskChange {
  CREATE,
  HOTPLUG,
  ATTACH,
  UNPLUG,
  DETACH,
  EXPAND,
  DELETE;

  public String titleKey() {
    return "storage.task." + name().toLowerCase(Locale.ROOT);
  }
}
