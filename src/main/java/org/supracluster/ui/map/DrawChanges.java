package org.supracluster.ui.map;

import java.util.BitSet;

/**
 * What changed in a {@link DrawPlan} since its changes were last taken: per attribute, the firms
 * or the links whose value changed. The GraphStream side passes on only these, since every
 * attribute set is an event its viewer handles, and a selection or a pan changes a few of
 * thousands of elements.
 */
final class DrawChanges {

    final BitSet firmShown = new BitSet();
    final BitSet firmPlace = new BitSet();
    final BitSet firmClass = new BitSet();
    final BitSet firmLabel = new BitSet();
    /** Always-named firms whose name's text size changed. */
    final BitSet firmLabelSize = new BitSet();
    final BitSet firmSize = new BitSet();
    final BitSet linkShown = new BitSet();
    final BitSet linkClass = new BitSet();
    final BitSet linkWidth = new BitSet();

    boolean isEmpty() {
        return firmShown.isEmpty() && firmPlace.isEmpty() && firmClass.isEmpty() && firmLabel.isEmpty()
                && firmLabelSize.isEmpty() && firmSize.isEmpty() && linkShown.isEmpty() && linkClass.isEmpty()
                && linkWidth.isEmpty();
    }
}
