package id.deskpilkada.portal.web;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model over a module query that pages in the database, so a list stays fast at
 * national scale.
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows from {@code first}, at most {@code max}. */
    @FunctionalInterface
    public interface PageQuery<T> {
        List<T> page(int first, int max);
    }

    private final transient PageQuery<T> query;
    private final transient LongSupplier counter;

    public PagedList(PageQuery<T> query, LongSupplier counter) {
        this.query = query;
        this.counter = counter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(counter.getAsLong(), Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return query.page(first, pageSize);
    }
}
