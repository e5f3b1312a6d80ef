package io.virtdeck.rvtools.sheets;

/** The names of RVTools' sheets (tabs) that VirtDeck writes or reads. */
public final class Sheets {

  private Sheets() {}

  public static final String V_INFO = "vInfo";
  public static final String V_CPU = "vCPU";
  public static final String V_MEMORY = "vMemory";
  public static final String V_DISK = "vDisk";
  public static final String V_NETWORK = "vNetwork";
  public static final String V_SNAPSHOT = "vSnapshot";
  public static final String V_TOOLS = "vTools";
  public static final String V_HOST = "vHost";
  public static final String V_DATASTORE = "vDatastore";
  public static final String V_PORT = "vPort";
  public static final String DV_PORT = "dvPort";
}
