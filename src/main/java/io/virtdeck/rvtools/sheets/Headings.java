package io.virtdeck.rvtools.sheets;

/**
 * Column headings exactly as RVTools (4.x) writes them; several sheets share a heading (every VM
 * sheet starts with VM, Powerstate, Template).
 */
public final class Headings {

  private Headings() {}

  // the VM sheets (vInfo, vCPU, vMemory, vDisk, vNetwork, vSnapshot, vTools)
  public static final String VM = "VM";
  public static final String POWERSTATE = "Powerstate";
  public static final String TEMPLATE = "Template";
  public static final String DNS_NAME = "DNS Name";
  public static final String CONNECTION_STATE = "Connection state";
  public static final String GUEST_STATE = "Guest state";
  public static final String HEARTBEAT = "Heartbeat";
  public static final String CONSOLIDATION_NEEDED = "Consolidation Needed";
  public static final String CREATION_DATE = "Creation date";
  public static final String CPUS = "CPUs";
  public static final String MEMORY = "Memory";
  public static final String NICS = "NICs";
  public static final String DISKS = "Disks";
  public static final String TOTAL_DISK_CAPACITY_MIB = "Total disk capacity MiB";
  public static final String PRIMARY_IP_ADDRESS = "Primary IP Address";
  public static final String NETWORK_1 = "Network #1";
  public static final String NETWORK_2 = "Network #2";
  public static final String NETWORK_3 = "Network #3";
  public static final String NETWORK_4 = "Network #4";
  public static final String RESOURCE_POOL = "Resource pool";
  public static final String FOLDER = "Folder";
  public static final String PROVISIONED_MIB = "Provisioned MiB";
  public static final String IN_USE_MIB = "In Use MiB";
  public static final String EFI_SECURE_BOOT = "EFI Secure boot";
  public static final String FIRMWARE = "Firmware";
  public static final String HW_VERSION = "HW version";
  public static final String PATH = "Path";
  public static final String ANNOTATION = "Annotation";
  public static final String DATACENTER = "Datacenter";
  public static final String CLUSTER = "Cluster";
  public static final String HOST = "Host";
  public static final String OS_CONFIG = "OS according to the configuration file";
  public static final String OS_TOOLS = "OS according to the VMware Tools";
  public static final String VM_ID = "VM ID";
  public static final String SMBIOS_UUID = "SMBIOS UUID";
  public static final String VM_UUID = "VM UUID";

  // vCPU
  public static final String SOCKETS = "Sockets";
  public static final String CORES_PER_SOCKET = "Cores p/s";
  public static final String HOT_ADD = "Hot Add";

  // vMemory
  public static final String SIZE_MIB = "Size MiB";

  // vDisk
  public static final String DISK = "Disk";
  public static final String DISK_KEY = "Disk Key";
  public static final String DISK_PATH = "Disk Path";
  public static final String CAPACITY_MIB = "Capacity MiB";
  public static final String RAW = "Raw";
  public static final String DISK_MODE = "Disk Mode";
  public static final String SHARING_MODE = "Sharing mode";
  public static final String CONTROLLER = "Controller";
  public static final String LABEL = "Label";
  public static final String UNIT = "Unit #";
  public static final String SHARED_BUS = "Shared Bus";
  public static final String RAW_COMP_MODE = "Raw Comp. Mode";

  // vNetwork
  public static final String NIC_LABEL = "NIC label";
  public static final String ADAPTER = "Adapter";
  public static final String NETWORK = "Network";
  public static final String SWITCH = "Switch";
  public static final String CONNECTED = "Connected";
  public static final String STARTS_CONNECTED = "Starts Connected";
  public static final String MAC_ADDRESS = "Mac Address";
  public static final String IPV4_ADDRESS = "IPv4 Address";
  public static final String IPV6_ADDRESS = "IPv6 Address";

  // vSnapshot
  public static final String NAME = "Name";
  public static final String DESCRIPTION = "Description";
  public static final String DATE_TIME = "Date / time";
  public static final String SIZE_MIB_TOTAL = "Size MiB (total)";
  public static final String QUIESCED = "Quiesced";
  public static final String STATE = "State";

  // vTools
  public static final String TOOLS = "Tools";

  // vHost
  public static final String CONFIG_STATUS = "Config status";
  public static final String IN_MAINTENANCE_MODE = "in Maintenance Mode";
  public static final String CPU_MODEL = "CPU Model";
  public static final String CORES = "# Cores";
  public static final String CPU_USAGE = "CPU usage %";
  public static final String HOST_MEMORY = "# Memory";
  public static final String MEMORY_USAGE = "Memory usage %";
  public static final String VMS = "# VMs";
  public static final String VCPUS = "# vCPUs";
  public static final String VRAM = "vRAM";
  public static final String ESX_VERSION = "ESX Version";
  public static final String MODEL = "Model";

  // vDatastore
  public static final String ACCESSIBLE = "Accessible";
  public static final String TYPE = "Type";
  public static final String FREE_MIB = "Free MiB";
  public static final String FREE_PERCENT = "Free %";

  // vPort and dvPort
  public static final String PORT_GROUP = "Port Group";
  public static final String PORT = "Port";
  public static final String VLAN = "VLAN";
}
