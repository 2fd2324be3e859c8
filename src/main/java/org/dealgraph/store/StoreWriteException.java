package org.dealgraph.store;

import org.dealgraph.DealgraphException;

/** The store could not be written (its disk full, or its files failing); nothing of the write was kept. */
public final class StoreWriteException extends DealgraphException {
    StoreWriteException(Throwable cause) {
        super("The store could not be written (is its disk full?); nothing of this write was kept. Free some space "
                + "and try again.", cause);
    }
}
