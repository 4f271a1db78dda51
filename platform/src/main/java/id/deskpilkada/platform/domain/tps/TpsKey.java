package id.deskpilkada.platform.domain.tps;

/** What identifies a TPS to people and files: its desa/kelurahan and its number there. */
public record TpsKey(String villageCode, int number) {

    /** {@code 53.71.01.1001/007}, as logs, audit entries and messages name a TPS. */
    @Override
    public String toString() {
        return villageCode + "/" + TpsRules.label(number);
    }
}
