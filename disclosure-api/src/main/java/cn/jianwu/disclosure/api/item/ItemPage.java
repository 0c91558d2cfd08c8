package cn.jianwu.disclosure.api.item;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One page of items ({@code GET /api/disclosures}, {@code GET /api/disclosures/mine}).
 *
 * @param items the page's lines
 * @param total how many items match in all
 * @param page the page, from 0
 * @param size the page's size
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemPage(List<ItemSummary> items, long total, int page, int size) {

	public ItemPage {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	/** How many pages there are, at least one. */
	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / Math.max(this.size, 1));
	}

}
