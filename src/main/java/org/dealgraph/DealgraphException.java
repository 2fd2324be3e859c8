package org.dealgraph;

/**
 * The one exception type of the project. Its message says what went wrong and,
 * where possible, what the user can do about it.
 */
public class DealgraphException extends RuntimeException {
    public DealgraphException(String message) {
        super(message);
    }

    public DealgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
