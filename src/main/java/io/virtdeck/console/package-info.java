/**
 * Web console (VNC) and serial console of a VM: a WebSocket endpoint for the browser that relays
 * bytes to KubeVirt's {@code vnc} and {@code console} subresources as the signed-in user.
 */
@org.jspecify.annotations.NullMarked
package io.virtdeck.console;
