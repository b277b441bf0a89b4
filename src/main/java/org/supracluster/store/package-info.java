/**
 * The SQLite store: schema and migrations ({@code PRAGMA user_version}), firms, links, cluster
 * schemes, the import log and metadata. Depends on {@code model} only.
 */
package org.supracluster.store;
