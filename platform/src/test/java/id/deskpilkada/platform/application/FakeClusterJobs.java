package id.deskpilkada.platform.application;

import java.util.ArrayList;
import java.util.List;

/**
 * Cluster jobs whose lock the test grants or refuses, remembering which jobs asked; for the jobs' own tests. The
 * answers are given in turn, the last one for every later ask.
 */
public class FakeClusterJobs extends ClusterJobs {

    private final boolean[] answers;
    private final List<ClusterJob> asked = new ArrayList<>();

    public FakeClusterJobs(boolean... answers) {
        if (answers.length == 0) {
            throw new IllegalArgumentException("at least one answer");
        }
        this.answers = answers.clone();
    }

    @Override
    public synchronized boolean tryLock(ClusterJob job) {
        asked.add(job);
        return answers[Math.min(asked.size(), answers.length) - 1];
    }

    public synchronized List<ClusterJob> asked() {
        return List.copyOf(asked);
    }
}
