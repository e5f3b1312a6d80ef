/**
 * Code Capture: while a user records, every task they start is kept in order, and the recording is
 * rendered as a bash script of kubectl commands, an Ansible playbook ({@code kubernetes.core},
 * {@code kubevirt.core}) or the plain YAML manifests and patches, all from each task's {@link
 * io.virtdeck.task.ScriptStep} (the source of teaching mode's commands too).
 */
@NullMarked
package io.virtdeck.capture;

import org.jspecify.annotations.NullMarked;
