/**
 * Operations and Recent Tasks: every user action is an {@link io.virtdeck.task.Operation} that
 * knows its request, its equivalent commands, the permission it needs and how to tell from the
 * cache when it is done; the {@link io.virtdeck.task.TaskService} runs it as the user and keeps its
 * task.
 */
@NullMarked
package io.virtdeck.task;

import org.jspecify.annotations.NullMarked;
