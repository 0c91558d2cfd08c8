package cn.jianwu.hall.publication;

/**
 * A page of a list, as asked for: pages count from 0, and a page holds at most
 * {@value #MAX_SIZE} entries, for the public and for staff alike.
 *
 * @param page the page, from 0
 * @param size entries per page
 */
public record Paging(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 50;

	/** Beyond this the list is not read page by page but searched. */
	public static final int MAX_PAGE = 10_000;

	/**
	 * The page asked for, or the first page of {@value #DEFAULT_SIZE}.
	 * @throws InvalidParameterProblem when either is out of range
	 */
	public static Paging of(Integer page, Integer size) {
		int p = (page != null) ? page : 0;
		int s = (size != null) ? size : DEFAULT_SIZE;
		if (p < 0 || p > MAX_PAGE || s < 1 || s > MAX_SIZE) {
			throw new InvalidParameterProblem("页码应在0到" + MAX_PAGE + "之间，每页条数应在1到" + MAX_SIZE + "之间。");
		}
		return new Paging(p, s);
	}

	/** How many entries come before this page. */
	public long offset() {
		return (long) this.page * this.size;
	}

}
