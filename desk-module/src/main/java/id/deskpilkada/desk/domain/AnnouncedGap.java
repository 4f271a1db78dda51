package id.deskpilkada.desk.domain;

/** A gap in personnel security announced for a Polres (kab/kota) or Polda (province) and one force. */
public record AnnouncedGap(String regionCode, String force, long needed, long available, long standby) {

    public long gap() {
        return Math.max(0, needed - available);
    }
}
