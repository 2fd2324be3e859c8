package org.dealgraph.load;

/** Told how a bulk load advances; called from the loading thread only. */
public interface LoadProgress {
    /** No reporting. */
    LoadProgress NONE = new LoadProgress() {
    };

    /** The load is about to start on {@code total} files. */
    default void started(int total) {
    }

    /** One more file is done ({@code failed} of the {@code done} failed). */
    default void advanced(int done, int failed, int total) {
    }

    /** The load is over. */
    default void finished(LoadReport report) {
    }
}
