package io.virtdeck.task;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One user action: its title ("Power On virtual machine"), its target, the permission it needs, the
 * exact request, the commands a user would type for the same, and how to tell from the cache
 * whether it is done.
 */
public interface Operation {

  /** i18n key of the task name. */
  String titleKey();

  ResourceKey target();

  /** The kind of the target, e.g. VirtualMachine. */
  String targetKind();

  AccessRequest access();

  /**
   * Why the operation must not be sent now, judged just before sending (after the UI's own checks,
   * which may be stale); empty when it may. A refused task fails with this sentence and sends
   * nothing.
   */
  default Optional<Message> refusal() {
    return Optional.empty();
  }

  ApiCall call();

  /**
   * The request as Recent Tasks and teaching mode show it: the call itself, or a copy with secrets
   * (a password in a Secret's data) masked, since tasks are shown to others (admins) too.
   */
  default ApiCall shownCall() {
    return call();
  }

  /** Equivalent commands to paste: virtctl and/or kubectl. */
  List<String> commands();

  /** The target's YAML as the cache has it now (empty when it is gone). */
  String currentYaml();

  /** Where the operation stands now; called after each change of the target and periodically. */
  Outcome progress();

  /**
   * The object whose state the task waits for, as "Kind namespace/name": a timeout names it (a
   * DataVolume, a claim, a snapshot, a restore, a VM...). By default the target.
   */
  default String awaited() {
    return targetKind() + " " + target();
  }

  default Duration timeout() {
    return Duration.ofMinutes(3);
  }

  /** What a script waits for after this operation's request, before its next step (nothing). */
  default List<Await> awaits() {
    return List.of();
  }

  /**
   * What a recorded script needs to do this operation again (Code Capture): the request as shown,
   * since a script is shown, copied and downloaded (a masked password is for the user to fill in).
   */
  default ScriptStep script() {
    return ScriptStep.of(shownCall(), awaits());
  }
}
