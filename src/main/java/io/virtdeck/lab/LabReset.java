package io.virtdeck.lab;

import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.security.AuditLog;
import io.virtdeck.task.TaskProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Puts the cluster back to its starting inventory from the Labs page: offered only where the
 * cluster can ({@link ClusterReset}) and only to administrators (the admin groups that see every
 * task, {@code virtdeck.tasks.admin-groups}); audited.
 */
@Service
public class LabReset {

  private final ObjectProvider<ClusterReset> reset;
  private final TaskProperties tasks;
  private final AuditLog audit;

  public LabReset(ObjectProvider<ClusterReset> reset, TaskProperties tasks, AuditLog audit) {
    this.reset = reset;
    this.tasks = tasks;
    this.audit = audit;
  }

  public boolean offeredTo(UserIdentity user) {
    return reset.getIfAvailable() != null
        && user.groups().stream().anyMatch(tasks.adminGroups()::contains);
  }

  /** Resets the cluster; refused for anyone it is not offered to. Takes a few seconds. */
  public void reset(UserIdentity user) {
    ClusterReset cluster = reset.getIfAvailable();
    if (cluster == null || !offeredTo(user)) {
      audit.record(user, "lab.reset", "cluster", "Refused");
      throw new IllegalStateException(
          "Only an administrator may reset this cluster, where it can be");
    }
    try {
      cluster.reset();
      audit.record(user, "lab.reset", "cluster", "Completed");
    } catch (RuntimeException e) {
      audit.record(user, "lab.reset", "cluster", "Failed: " + e.getMessage());
      throw e;
    }
  }
}
