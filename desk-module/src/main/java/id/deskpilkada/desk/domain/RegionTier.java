package id.deskpilkada.desk.domain;

import id.deskpilkada.platform.domain.region.RegionCode;
import java.util.Arrays;
import java.util.Optional;

/** The levels of the region tree by the length of their codes, the nation ({@code ""}) on top. */
public enum RegionTier {
    NATION(0), PROVINCE(2), KABKOTA(5), KECAMATAN(8), DESA(13);

    private final int codeLength;

    RegionTier(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** @throws DeskRuleViolation for a code that is neither the nation nor a well-formed region code */
    public static RegionTier of(String code) {
        if (code == null || !(code.isEmpty() || RegionCode.isWellFormed(code))) {
            throw new DeskRuleViolation(DeskProblem.UNKNOWN_REGION, String.valueOf(code));
        }
        return Arrays.stream(values()).filter(t -> t.codeLength == code.length()).findFirst().orElseThrow();
    }

    /** The tier of the regions directly below; none below a desa. */
    public Optional<RegionTier> below() {
        return this == DESA ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** The region of this tier that {@code code} lies in (or is); null when the code lies above this tier. */
    public String ancestorOf(String code) {
        return code.length() >= codeLength ? code.substring(0, codeLength) : null;
    }

    /** The region directly above; null for the nation. */
    public static String parentOf(String code) {
        RegionTier tier = of(code);
        return tier == NATION ? null : values()[tier.ordinal() - 1].ancestorOf(code);
    }
}
