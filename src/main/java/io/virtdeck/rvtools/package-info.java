/**
 * RVTools in and out: the inventory a user may see exported as an RVTools-style workbook or CSV,
 * and (later) a migration plan from a vSphere estate's RVTools export.
 */
@NullMarked
package io.virtdeck.rvtools;

import org.jspecify.annotations.NullMarked;
