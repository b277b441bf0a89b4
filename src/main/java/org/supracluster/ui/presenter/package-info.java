/** Presenter mode (F5): the map alone, full screen, with a large title, legend and a light or dark theme. */
package org.supracluster.ui.presenter;
