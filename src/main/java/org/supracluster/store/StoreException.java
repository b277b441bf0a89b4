package org.supracluster.store;

/**
 * A database problem told in words a user understands (the file is busy, was written by a newer
 * version, is not a database). The message is meant to be shown as it is.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
