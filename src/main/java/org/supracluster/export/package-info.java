/**
 * Writers of CSV, GEXF, GraphML and images (PNG, SVG) and the HTML report; depends on
 * {@code model} and {@code analysis} only.
 */
package org.supracluster.export;
