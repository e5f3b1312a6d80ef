/**
 * Alarms, as vSphere's triangles: the alerts Prometheus fires (KubeVirt's, mapped to the VM, host
 * or folder they name) and conditions VirtDeck sees in its caches (a VM that cannot be scheduled, a
 * failed snapshot or migration, a datastore nearly full, a host not responding); each user sees
 * those of objects they may see. Acknowledgements and resets are kept in a ConfigMap in VirtDeck's
 * namespace, so they survive a restart and every replica shares them.
 */
@org.jspecify.annotations.NullMarked
package io.virtdeck.alarm;
