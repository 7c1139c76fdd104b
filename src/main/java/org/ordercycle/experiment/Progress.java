package org.ordercycle.experiment;

/** Hears how far an experiment has got; called from worker threads, so implementations must be thread safe. */
public interface Progress {
    /** Does nothing. */
    Progress NONE = new Progress() {
        @Override
        public void begin(String label, long total) {
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void end() {
        }
    };

    /** A phase of {@code total} replications starts. */
    void begin(String label, long total);

    /** {@code done} more replications finished. */
    void advance(long done);

    /** The phase is over. */
    void end();
}
