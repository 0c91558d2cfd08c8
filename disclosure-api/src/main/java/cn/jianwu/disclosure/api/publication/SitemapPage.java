package cn.jianwu.disclosure.api.publication;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One page of the current public items for sitemaps ({@code GET
 * /api/public/sitemap?page=&size=}), in a stable order (the item id), so that page
 * {@code n} of a sitemap index always holds the same items while none is published or
 * withdrawn.
 *
 * @param total how many current public items there are in all
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SitemapPage(List<SitemapEntry> entries, long total, int page, int size) {

	/**
	 * The most URLs one sitemap may list (sitemap protocol 0.9), and so the largest page.
	 */
	public static final int MAX_SIZE = 50_000;

	public SitemapPage {
		entries = (entries != null) ? List.copyOf(entries) : List.of();
	}

}
