package org.supracluster.cli;

/** Bad input found by a command, told to the user as it is (exit code 1). */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
