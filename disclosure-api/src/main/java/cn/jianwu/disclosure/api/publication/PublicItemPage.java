package cn.jianwu.disclosure.api.publication;

import java.util.List;

/**
 * One page of public items ({@code GET /api/public/items}), newest first.
 *
 * @param total how many public items match in all
 * @param page the page, from 0
 */
public record PublicItemPage(List<PublicItem> items, long total, int page, int size) {

	public PublicItemPage {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

}
