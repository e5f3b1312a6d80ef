package io.virtdeck.host.ui;

import io.virtdeck.cluster.ResourceKey;
import org.jspecify.annotations.Nullable;

/** Opens the Migrate dialog for a VM, with a host chosen or none. */
interface MigrateLauncher {

  void open(ResourceKey vm, @Nullable String host);
}
