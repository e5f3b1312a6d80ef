/**
 * Demo cluster: the screens and serial consoles of running demo VMs. An RFB 3.8 server draws a text
 * console from the VM's own data, a line shell answers on the serial console, and the demo API
 * serves both as KubeVirt's {@code vnc} and {@code console} WebSocket subresources.
 */
@org.jspecify.annotations.NullMarked
package io.virtdeck.demo.console;
