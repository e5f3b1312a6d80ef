/** The web console and serial console pages and the VM tabs that open them. */
@org.jspecify.annotations.NullMarked
package io.virtdeck.console.ui;
