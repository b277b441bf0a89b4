/**
 * The data model: firms, links, regions, cluster schemes, the immutable array-backed
 * {@link org.supracluster.model.Network} and filtered {@link org.supracluster.model.NetworkView}s;
 * and {@link org.supracluster.model.Progress}, how long work (analysis, import, export) reports
 * progress and hears of cancel. Depends on nothing else in the program.
 */
package org.supracluster.model;
