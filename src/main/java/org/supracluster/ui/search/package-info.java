/**
 * Finding a firm by name or id from the tool bar: {@link org.supracluster.ui.search.SearchViewModel}
 * (suggestions, the firm chosen; tested without a window) and the field that binds to it,
 * {@link org.supracluster.ui.search.SearchBox}.
 */
package org.supracluster.ui.search;
