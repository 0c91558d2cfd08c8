package cn.jianwu.portal.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The page links under a list: the current page (counted from 1 as readers count), a
 * window of neighbours, first and last, previous and next.
 *
 * @param current the page shown, from 1
 * @param pages how many pages there are (at least 1)
 * @param total how many entries there are in all
 * @param links the numbered links, in order; {@code null} numbers are gaps (…)
 * @param previousUrl the previous page, or {@code null} on the first
 * @param nextUrl the next page, or {@code null} on the last
 */
public record Paging(int current, int pages, long total, List<Link> links, String previousUrl, String nextUrl) {

	private static final int NEIGHBOURS = 2;

	/**
	 * @param current the page shown, from 1
	 * @param size entries per page
	 * @param total entries in all
	 * @param maxPages most pages that may be linked (a search engine's window), or 0 for
	 * no limit
	 * @param url the address of a page (from 1)
	 */
	public static Paging of(int current, int size, long total, int maxPages, IntFunction<String> url) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		if (maxPages > 0) {
			pages = Math.min(pages, maxPages);
		}
		List<Link> links = new ArrayList<>();
		int previous = 0;
		for (int number = 1; number <= pages; number++) {
			boolean shown = number == 1 || number == pages || Math.abs(number - current) <= NEIGHBOURS;
			if (!shown) {
				continue;
			}
			if (number - previous > 1) {
				links.add(new Link(null, null, false));
			}
			links.add(new Link(number, url.apply(number), number == current));
			previous = number;
		}
		return new Paging(current, pages, total, List.copyOf(links), (current > 1) ? url.apply(current - 1) : null,
				(current < pages) ? url.apply(current + 1) : null);
	}

	/** Whether there is more than one page to choose from. */
	public boolean multiple() {
		return this.pages > 1;
	}

	/**
	 * A numbered link.
	 *
	 * @param number the page, or {@code null} for a gap
	 * @param url its address
	 * @param current whether it is the page shown
	 */
	public record Link(Integer number, String url, boolean current) {

		public boolean gap() {
			return this.number == null;
		}

	}

}
