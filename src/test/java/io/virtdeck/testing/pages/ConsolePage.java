package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A VM's web console or serial console page ({@code /vm/{ns}/{name}/console|serial}). */
public class ConsolePage {

  private final Page page;

  public ConsolePage(Page page) {
    this.page = page;
  }

  public ConsolePage openWebConsole(String base, String namespace, String name) {
    page.navigate(base + "/vm/" + namespace + "/" + name + "/console");
    return this;
  }

  public ConsolePage openSerialConsole(String base, String namespace, String name) {
    page.navigate(base + "/vm/" + namespace + "/" + name + "/serial");
    return this;
  }

  /** The connection state in words. */
  public Locator state() {
    return page.locator("#console-state");
  }

  /** Power On, offered while the VM does not run to users who may start it. */
  public Locator powerOn() {
    return page.locator("#console-power-on");
  }

  /** The console thumbnail on a VM's Summary. */
  public Locator thumbnail() {
    return page.locator("#console-thumbnail-image");
  }

  /** Whether the thumbnail's image has loaded with a picture in it. */
  public boolean thumbnailLoaded() {
    return (Boolean)
        page.evaluate(
            "() => { const i = document.querySelector('#console-thumbnail-image');"
                + " return !!i && i.complete && i.naturalWidth > 0; }");
  }

  public Locator refused() {
    return page.locator("#console-refused");
  }

  /** The VNC console element itself (absent when the console was refused). */
  public Locator vncConsole() {
    return page.locator("vd-vnc-console");
  }

  public Locator canvas() {
    return page.locator("vd-vnc-console canvas");
  }

  /** How many pixels of the web console's canvas are not black. */
  public long litPixels() {
    Object count =
        page.evaluate(
            "() => { const c = document.querySelector('vd-vnc-console canvas');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let n = 0; for (let i = 0; i < d.length; i += 4)"
                + " { if (d[i] + d[i + 1] + d[i + 2] > 0) n++; } return n; }");
    return ((Number) count).longValue();
  }

  /** A fingerprint of the canvas's pixels, to see it change. */
  public String canvasPixels() {
    return (String)
        page.evaluate("() => document.querySelector('vd-vnc-console canvas').toDataURL()");
  }

  /** Clicks into the console and types {@code text} as key presses. */
  public void type(String text) {
    page.locator(isSerial() ? "vd-serial-console .xterm" : "vd-vnc-console canvas").click();
    page.keyboard().type(text);
  }

  public void pressEnter() {
    page.keyboard().press("Enter");
  }

  /** The serial console's terminal text. */
  public String serialText() {
    return (String) page.evaluate("() => document.querySelector('vd-serial-console').text()");
  }

  /**
   * Puts {@code text} on the system clipboard and presses Ctrl+V in the serial console, as a user
   * pastes; the page's context must be granted clipboard-read and clipboard-write.
   */
  public void pasteWithCtrlV(String text) {
    page.evaluate("t => navigator.clipboard.writeText(t)", text);
    page.locator("vd-serial-console .xterm").click();
    page.keyboard().press("Control+V");
  }

  /** Selects the serial console's whole text and presses Ctrl+C, as a user copies. */
  public void selectAllAndCopyWithCtrlC() {
    page.evaluate("() => navigator.clipboard.writeText('')");
    page.evaluate("() => document.querySelector('vd-serial-console')._terminal.selectAll()");
    page.keyboard().press("Control+C");
  }

  /** What the system clipboard holds. */
  public String clipboard() {
    return (String) page.evaluate("() => navigator.clipboard.readText()");
  }

  public void ctrlAltDel() {
    page.locator("#console-ctrl-alt-del").click();
  }

  public Locator kubernetes() {
    page.locator("#console-kubernetes").click();
    return page.locator("#console-kubernetes-text");
  }

  private boolean isSerial() {
    return page.locator("vd-serial-console").count() > 0;
  }
}
