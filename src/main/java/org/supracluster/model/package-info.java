/**
 * The data model: firms, links, regions, cluster schemes, the immutable array-backed
 * {@link org.supracluster.model.Network} and filtered {@link org.supracluster.model.NetworkView}s.
 * Depends on nothing else in the program.
 */
package org.supracluster.model;
