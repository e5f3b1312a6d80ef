/**
 * Pure translation of VMs, hosts and datastores into RVTools' sheets (each column with its KubeVirt
 * source), the streaming workbook writer and the grid's CSV.
 */
@NullMarked
package io.virtdeck.rvtools.export;

import org.jspecify.annotations.NullMarked;
