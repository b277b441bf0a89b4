/** Undo and redo of the explorer's filter, selection and camera (Ctrl+Z, Ctrl+Y). */
package org.supracluster.ui.history;
