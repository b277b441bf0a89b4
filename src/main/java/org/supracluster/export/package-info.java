/**
 * Writers of CSV, GEXF, GraphML and images (PNG, SVG) and the HTML report, and the analysis
 * tables ({@link org.supracluster.export.AnalysisTables}) and report content
 * ({@link org.supracluster.export.AnalysisReport}) that the command line and the explorer window
 * both write; depends on {@code model} and {@code analysis} only.
 */
package org.supracluster.export;
