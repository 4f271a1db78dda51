package id.deskpilkada.security.application;

import id.deskpilkada.security.domain.IndexThresholds;
import id.deskpilkada.security.domain.IndexTier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where an index score becomes sedang and tinggi, per tier, from MicroProfile Config (environment variables
 * {@code DESKPILKADA_IKP_KABKOTA_SEDANG} …). The defaults are those of Bawaslu's IKP 2024 for tinggi (49.33 for
 * a kab/kota, 68.5 for a province) and our own for sedang (30 and 40); a misconfiguration (sedang not below
 * tinggi, outside 0–100) is refused when an index is computed.
 */
@ApplicationScoped
public class IndexSettings {

    @Inject
    @ConfigProperty(name = "deskpilkada.ikp.kabkota.sedang", defaultValue = "30")
    double kabKotaSedang;

    @Inject
    @ConfigProperty(name = "deskpilkada.ikp.kabkota.tinggi", defaultValue = "49.33")
    double kabKotaTinggi;

    @Inject
    @ConfigProperty(name = "deskpilkada.ikp.provinsi.sedang", defaultValue = "40")
    double provinsiSedang;

    @Inject
    @ConfigProperty(name = "deskpilkada.ikp.provinsi.tinggi", defaultValue = "68.5")
    double provinsiTinggi;

    public IndexThresholds thresholds(IndexTier tier) {
        return tier == IndexTier.PROVINSI ? new IndexThresholds(provinsiSedang, provinsiTinggi)
                : new IndexThresholds(kabKotaSedang, kabKotaTinggi);
    }
}
