package id.deskpilkada.logistics.domain;

/** The distribution chain: KPU kab/kota warehouse → PPK (kecamatan) → PPS (desa/kelurahan) → TPS. */
public enum NodeKind {
    GUDANG(5), PPK(8), PPS(13), TPS(13);

    private final int codeLength;

    NodeKind(int codeLength) {
        this.codeLength = codeLength;
    }

    /** The length of the region code a node of this kind sits at (kab/kota, kecamatan, desa). */
    public int codeLength() {
        return codeLength;
    }

    /** Whether shipments arrive here: everything but the warehouse, which is stocked from outside the portal. */
    public boolean receivesShipments() {
        return this != GUDANG;
    }
}
