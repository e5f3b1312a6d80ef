/**
 * Alarms in the browser: the Alarms tab of VMs, hosts, folders and the datacenter, the "All issues"
 * page and its header link with the count of alarms not acknowledged, and the triangles beside
 * object names in trees and grids ({@link io.virtdeck.ui.ObjectMarks}).
 */
@org.jspecify.annotations.NullMarked
package io.virtdeck.alarm.ui;
