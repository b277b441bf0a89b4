package org.supracluster.store;

/**
 * What one import changed. A firm or link that was already stored with the same values counts as
 * unchanged, so importing the same files twice reports zero added and zero updated.
 */
public record ImportCounts(long firmsAdded, long firmsUpdated, long firmsUnchanged,
                           long linksAdded, long linksUpdated, long linksUnchanged) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0);

    /** Whether the import left the stored network as it was. */
    public boolean changedNothing() {
        return firmsAdded == 0 && firmsUpdated == 0 && linksAdded == 0 && linksUpdated == 0;
    }
}
