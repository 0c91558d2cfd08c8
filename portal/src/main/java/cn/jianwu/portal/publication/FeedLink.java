package cn.jianwu.portal.publication;

import cn.jianwu.disclosure.api.item.SubKind;

/**
 * A page's Atom feed, announced in its head ({@code <link rel="alternate">}) so that
 * browsers and feed readers find it: the site's, a column's or a section's.
 *
 * @param href the feed's address on the site
 * @param title what a feed reader names it
 */
public record FeedLink(String href, String title) {

	/** The model attribute the page frame reads. */
	public static final String ATTRIBUTE = "feedLink";

	/** Every change of the public record. */
	public static FeedLink site() {
		return new FeedLink("/feed.atom", "最新公开");
	}

	/** The changes of one column. */
	public static FeedLink of(Column column) {
		return new FeedLink(column.feedPath(), column.label());
	}

	/** The changes of one section. */
	public static FeedLink of(Column column, SubKind section) {
		return new FeedLink(column.feedPath(section), column.label() + " · " + section.label());
	}

}
