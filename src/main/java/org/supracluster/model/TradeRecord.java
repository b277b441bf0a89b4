package org.supracluster.model;

import java.util.Objects;

/**
 * One transaction as the records gave it, kept behind the trade link it adds to: supplier and
 * customer firm ids, the amount (1 when trades are counted) and the year ({@link Link#NO_YEAR}
 * when not given).
 */
public record TradeRecord(String supplier, String customer, double amount, int year) {
    public TradeRecord {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(customer, "customer");
    }
}
