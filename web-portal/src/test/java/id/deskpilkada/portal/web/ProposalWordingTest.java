package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Proposal reasons arrive as the other modules' codes; each kind finds its words in both bundles. */
class ProposalWordingTest {

    @Test
    void everyKindOfReasonHasItsWordsInIndonesianAndEnglish() {
        for (Locale locale : new Locale[] {new Locale("id"), Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            assertThat(bundle.getString(ProposalWording.reasonKey("SHIPMENT_DELAYED", "BANJIR"))).isNotBlank();
            assertThat(bundle.getString(ProposalWording.reasonKey("STOCK_DAMAGED", "longsor"))).isNotBlank();
            assertThat(bundle.getString(ProposalWording.reasonKey("DISCREPANCY_REPORTED", "SURAT_SUARA")))
                    .isNotBlank();
            assertThat(bundle.getString(ProposalWording.reasonKey("INCIDENT_ESCALATED", "bencana"))).isNotBlank();
        }
        assertThat(ResourceBundle.getBundle(Messages.BUNDLE, new Locale("id"))
                .getString(ProposalWording.reasonKey("INCIDENT_ESCALATED", "konflik_massa"))).isEqualTo("Konflik massa");
    }
}
