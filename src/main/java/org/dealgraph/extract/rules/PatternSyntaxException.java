package org.dealgraph.extract.rules;

import org.dealgraph.DealgraphException;

/** A token pattern or rule file that cannot be read, with where and why. */
public final class PatternSyntaxException extends DealgraphException {
    public PatternSyntaxException(String message) {
        super(message);
    }
}
