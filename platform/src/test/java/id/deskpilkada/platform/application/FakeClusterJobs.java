package id.deskpilkada.platform.application;

import java.util.ArrayList;
import java.util.List;

/** Cluster jobs whose lock the test grants or refuses, remembering which jobs asked; for the jobs' own tests. */
public class FakeClusterJobs extends ClusterJobs {

    private final boolean granted;
    private final List<ClusterJob> asked = new ArrayList<>();

    public FakeClusterJobs(boolean granted) {
        this.granted = granted;
    }

    @Override
    public boolean tryLock(ClusterJob job) {
        asked.add(job);
        return granted;
    }

    public List<ClusterJob> asked() {
        return asked;
    }
}
