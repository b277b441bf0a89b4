package org.supracluster.ui.inspector;

/**
 * How a partner is linked to the inspected firm: the firm sells to it (trade out), buys from it
 * (trade in) or shares patents with it. A partner can be more than one of these. Named in the UI
 * by {@link org.supracluster.ui.I18n#name(Enum)} ({@code partnerKind.customer}, …).
 */
public enum PartnerKind {
    /** The firm supplies the partner: a trade link firm → partner. */
    CUSTOMER,
    /** The partner supplies the firm: a trade link partner → firm. */
    SUPPLIER,
    /** A co-patent link (no direction). */
    COPATENT
}
