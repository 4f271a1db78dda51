package id.deskpilkada.desk.domain;

/** Figures that add up from the regions below to the region above (counts, personnel). */
public interface Additive<T> {

    T plus(T other);
}
