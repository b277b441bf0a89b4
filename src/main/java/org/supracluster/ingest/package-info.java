/**
 * Reading users' files: CSV (firms, links, patents, trades; UTF-8 or CP949), GraphML and GEXF;
 * validation into an import report; the synthetic sample generator. Depends on model and store.
 */
package org.supracluster.ingest;
