/**
 * The migration plan from a vSphere estate: readiness of each VM with its reasons, the network map
 * (port group and VLAN → port group here, or a draft), the storage map (datastore → StorageClass by
 * a rule the user can change), totals, the plan workbook and draft Forklift manifests. Pure: the
 * inputs from this cluster come in a {@link io.virtdeck.rvtools.plan.PlanContext}.
 */
@NullMarked
package io.virtdeck.rvtools.plan;

import org.jspecify.annotations.NullMarked;
