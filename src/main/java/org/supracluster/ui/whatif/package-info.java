/**
 * The "Weak points" tab of the explorer (DESIGN.md, what-if): the firms whose loss alone splits the
 * network (articulation points) and the bridges between clusters, each ranked by the firms it cuts
 * off, with the firms' core numbers; while the tab is open the map marks the leading ones. Every
 * figure is {@code analysis.Structure}'s, read from the explorer's shared firm figures; nothing is
 * recomputed here. The view model owns the state and no {@code Node}.
 */
package org.supracluster.ui.whatif;
