package id.deskpilkada.desk.domain;

/** TPS per kerawanan category: kurang rawan, rawan, sangat rawan, khusus. */
public record CategoryCounts(long kurangRawan, long rawan, long sangatRawan, long khusus)
        implements Additive<CategoryCounts> {

    public static final CategoryCounts NONE = new CategoryCounts(0, 0, 0, 0);

    public long total() {
        return kurangRawan + rawan + sangatRawan + khusus;
    }

    @Override
    public CategoryCounts plus(CategoryCounts o) {
        return new CategoryCounts(kurangRawan + o.kurangRawan, rawan + o.rawan, sangatRawan + o.sangatRawan,
                khusus + o.khusus);
    }
}
