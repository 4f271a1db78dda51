package id.deskpilkada.desk.domain;

/** Action items still to do, and of those the ones the meeting module announced overdue. */
public record ActionCounts(long open, long overdue) implements Additive<ActionCounts> {

    public static final ActionCounts NONE = new ActionCounts(0, 0);

    @Override
    public ActionCounts plus(ActionCounts o) {
        return new ActionCounts(open + o.open, overdue + o.overdue);
    }
}
