package org.ordercycle.stats;

/** The areas measures are grouped by when printed. */
public enum Area { delivery, cost, billing, planning, customer }
