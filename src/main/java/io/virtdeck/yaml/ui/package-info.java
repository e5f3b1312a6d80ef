/**
 * The YAML tab of object pages (VM, host, port group, datastore): the object's YAML with a copy
 * button, following its changes, and for users who may patch it an editor, the review of the diff
 * and patch, and the problems shown against their lines.
 */
@NullMarked
package io.virtdeck.yaml.ui;

import org.jspecify.annotations.NullMarked;
