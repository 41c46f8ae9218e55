package id.merit.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a collection with the total, so a client can page to the end. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    public static <T> Page<T> of(List<T> items, PageQuery query, long total) {
        int pages = (int) Math.ceil(total / (double) query.size);
        return new Page<>(items, query.page, query.size, total, pages);
    }

    /** The query's page of a whole list held in memory (a team, a supervisor's reports: tens, sorted in Java). */
    public static <T> Page<T> slice(List<T> all, PageQuery query) {
        return of(all.stream().skip(query.offset()).limit(query.size).toList(), query, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
