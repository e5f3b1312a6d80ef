/**
 * Port groups (Multus NetworkAttachmentDefinitions and the pod network) and VM network adapters:
 * pure translation of CNI configurations, input checks, JSON patches, and the operations that
 * create and delete port groups and add and remove NICs.
 */
@NullMarked
package io.virtdeck.network;

import org.jspecify.annotations.NullMarked;
