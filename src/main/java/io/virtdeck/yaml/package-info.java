/**
 * An object's YAML as the user may read it (without managedFields), and its editing: the change
 * from the YAML shown to the YAML edited as a JSON patch of just the changed paths (each testing
 * the value the user saw), the refusals of changes that cannot be sent (kind, name, namespace,
 * status, server-set metadata), the lines that parse errors and the API server's validation causes
 * concern, and the patch as a task sent as the signed-in user.
 */
@NullMarked
package io.virtdeck.yaml;

import org.jspecify.annotations.NullMarked;
