package id.deskpilkada.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GapRevisionTest {

    private static final DeploymentGap KUPANG_POLRI = new DeploymentGap("53.71", Force.POLRI, 190, 150, 60);
    private static final DeploymentGap NTT_LINMAS = new DeploymentGap("53", Force.LINMAS, 19_212, 18_000, 200);

    @Test
    void newGapsAreAnnounced() {
        GapRevision revision = GapRevision.of(List.of(), List.of(KUPANG_POLRI, NTT_LINMAS));

        assertThat(revision.toPublish()).containsExactly(KUPANG_POLRI, NTT_LINMAS);
        assertThat(revision.closed()).isEmpty();
    }

    @Test
    void anUnchangedGapIsNotAnnouncedAgain() {
        GapRevision revision = GapRevision.of(List.of(KUPANG_POLRI, NTT_LINMAS), List.of(KUPANG_POLRI, NTT_LINMAS));

        assertThat(revision.toPublish()).isEmpty();
        assertThat(revision.closed()).isEmpty();
    }

    @Test
    void aChangedGapIsAnnouncedAndAClosedOneForgotten() {
        DeploymentGap smaller = new DeploymentGap("53.71", Force.POLRI, 190, 170, 60);

        GapRevision revision = GapRevision.of(List.of(KUPANG_POLRI, NTT_LINMAS), List.of(smaller));

        assertThat(revision.toPublish()).containsExactly(smaller);
        assertThat(revision.closed()).containsExactly(NTT_LINMAS);
    }

    @Test
    void theSameRegionWithAnotherForceIsAnotherGap() {
        DeploymentGap kupangTni = new DeploymentGap("53.71", Force.TNI, 18, 10, 0);

        GapRevision revision = GapRevision.of(List.of(KUPANG_POLRI), List.of(KUPANG_POLRI, kupangTni));

        assertThat(revision.toPublish()).containsExactly(kupangTni);
    }
}
