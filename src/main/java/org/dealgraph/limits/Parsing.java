package org.dealgraph.limits;

/** Messages for input a parser could not read for reasons other than its syntax. */
public final class Parsing {
    private Parsing() {
    }

    /** What went wrong, in words a person can act on. */
    public static String describe(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError) {
                e = cause;
                break;
            }
        }
        if (e instanceof StackOverflowError) {
            return "it is nested too deeply (brackets, parentheses or path steps within each other); "
                    + "simplify it or split it in parts.";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
