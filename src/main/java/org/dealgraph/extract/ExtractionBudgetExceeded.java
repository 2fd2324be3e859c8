package org.dealgraph.extract;

import org.dealgraph.DealgraphException;

/** Reading an article took longer than the extraction time budget, or the work was cancelled: nothing was stored. */
public final class ExtractionBudgetExceeded extends DealgraphException {
    public ExtractionBudgetExceeded(String message) {
        super(message);
    }
}
