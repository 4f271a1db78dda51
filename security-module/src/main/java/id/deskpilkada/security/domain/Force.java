package id.deskpilkada.security.domain;

/** Who guards a TPS: the police, the military in support, and the village's own Linmas. */
public enum Force {
    POLRI, TNI, LINMAS
}
