/**
 * Performance views: the uPlot chart element, the Performance panel of a VM, host, folder and the
 * datacenter with its time ranges, and the datacenter Summary's top consumers.
 */
@org.jspecify.annotations.NullMarked
package io.virtdeck.perf.ui;
