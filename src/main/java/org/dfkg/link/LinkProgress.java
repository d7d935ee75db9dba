package org.dfkg.link;

/** Told how far linking has got, so that a long run can show progress; the link stage itself prints nothing. */
public interface LinkProgress {
    LinkProgress NONE = new LinkProgress() {
        @Override
        public void started(String step, long total) {}

        @Override
        public void advanced(long steps) {}

        @Override
        public void finished() {}
    };

    void started(String step, long total);

    void advanced(long steps);

    void finished();
}
