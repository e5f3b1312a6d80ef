/**
 * The dialogs of provisioning: Edit Settings, Delete from Disk, the New Virtual Machine wizard,
 * Clone, the template actions, their entries in the VM header and right-click menus, and the YAML
 * tab of object pages.
 */
@NullMarked
package io.virtdeck.provision.ui;

import org.jspecify.annotations.NullMarked;
