package io.virtdeck.task;

import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one task: what was asked, by whom, when, how far it got, and the Kubernetes behind
 * it (request, commands, YAML before and after) for teaching mode, and its step of a recorded
 * script.
 */
public record Task(
    String id,
    String titleKey,
    ResourceKey target,
    String targetKind,
    UserIdentity initiator,
    TaskStatus status,
    int percent,
    @Nullable Message failure,
    Instant queued,
    @Nullable Instant started,
    @Nullable Instant completed,
    ApiCall call,
    List<String> commands,
    String yamlBefore,
    String yamlAfter,
    ScriptStep script) {

  Task with(TaskStatus newStatus, int newPercent, @Nullable Message newFailure, Instant now) {
    return new Task(
        id,
        titleKey,
        target,
        targetKind,
        initiator,
        newStatus,
        newPercent,
        newFailure,
        queued,
        started == null && newStatus != TaskStatus.QUEUED ? now : started,
        newStatus.finished() ? now : completed,
        call,
        commands,
        yamlBefore,
        yamlAfter,
        script);
  }

  Task withYamlAfter(String yaml) {
    return new Task(
        id,
        titleKey,
        target,
        targetKind,
        initiator,
        status,
        percent,
        failure,
        queued,
        started,
        completed,
        call,
        commands,
        yamlBefore,
        yaml,
        script);
  }
}
